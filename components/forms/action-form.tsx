"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { translateErrors } from "@/components/forms/field-error";
import { panelClass, type PanelPadding } from "@/components/ui/panel";
import { idleState, type FormState } from "@/lib/forms/field-errors";
import { markInvalid, refill } from "./refill-form";

/** A small back-office form: the action's outcome (or its errors) appears above the fields. */
export function ActionForm({
  action,
  children,
  className = "",
  label,
  panel,
  fieldLabels = {},
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  children: ReactNode;
  className?: string;
  label?: string;
  /** Draw the form as a panel (a card) with this padding. */
  panel?: PanelPadding;
  fieldLabels?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const form = useRef<HTMLFormElement>(null);
  // React resets a form after its action; on an error, put back what was typed so nothing is lost.
  useEffect(() => {
    if (!form.current) return;
    if (state.status === "error" && state.values) refill(form.current, state.values);
    markInvalid(form.current, state.fieldErrors ?? {});
  }, [state]);
  const errors = Object.entries(state.fieldErrors ?? {});
  return (
    <form
      ref={form}
      action={formAction}
      className={panel ? `${panelClass("plain", panel)} ${className}` : className}
      aria-label={label}
    >
      {/* Spans every column when the form is a grid of fields. */}
      <div className="col-span-full space-y-1 empty:hidden">
        <FormMessage state={state} fieldErrorCount={errors.length} />
        {errors.length > 0 && <ErrorList errors={errors} fieldLabels={fieldLabels} />}
      </div>
      {children}
    </form>
  );
}

function ErrorList({ errors, fieldLabels }: { errors: [string, string[]][]; fieldLabels: Record<string, string> }) {
  const t = useTranslations();
  return (
    <ul className="text-sm text-red-700">
      {errors.map(([field, keys]) => (
        <li key={field}>
          {fieldLabels[field] ?? field}: {translateErrors(t, keys)}
        </li>
      ))}
    </ul>
  );
}
