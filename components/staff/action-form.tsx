"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { idleState, type FormState } from "@/lib/forms/field-errors";

/** A small back-office form: the action's outcome (or its errors) appears above the fields. */
export function ActionForm({ action, children, className, label }: { action: (state: FormState, data: FormData) => Promise<FormState>; children: ReactNode; className?: string; label?: string }) {
  const [state, formAction] = useActionState(action, idleState);
  const errors = Object.entries(state.fieldErrors ?? {});
  return (
    <form action={formAction} className={className} aria-label={label}>
      <FormMessage state={state} fieldErrorCount={errors.length} />
      {errors.length > 0 && <ErrorList errors={errors} />}
      {children}
    </form>
  );
}


function ErrorList({ errors }: { errors: [string, string[]][] }) {
  const t = useTranslations();
  return (
    <ul className="text-sm text-red-700">
      {errors.map(([field, keys]) => (
        <li key={field}>
          {field}: {keys.map((key) => t(key as never)).join(" ")}
        </li>
      ))}
    </ul>
  );
}
