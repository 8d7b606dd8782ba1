"use client";

import type { MouseEvent } from "react";
import { useTranslations } from "next-intl";
import { Panel } from "@/components/ui/panel";
import type { FieldErrors, FormState } from "@/lib/forms/field-errors";
import { translateErrors } from "./field-error";
import { focusControl } from "./focus-control";

/** A field as the summary names it: its visible label, and the id of the control that takes focus. */
export type SummaryField = { label: string; id: string };

/**
 * The one message at the top of a form: the form-level text once ("check the data"), then every field's
 * error with the field's label, each a link that moves focus to the field (WCAG 3.3.1, 2.4.3). An error
 * is role=alert (read out at once), a confirmation role=status. Works without JavaScript: the links are
 * fragment links to the controls.
 */
export function ErrorSummary({
  state,
  errors,
  fields,
}: {
  state: FormState;
  /** The errors shown next to the fields (the browser's check or the server's answer). */
  errors: FieldErrors;
  /** The form's fields in the order of the page: the summary lists errors in this order, as the eye meets them. */
  fields: Record<string, SummaryField>;
}) {
  const t = useTranslations();
  const order = Object.keys(fields);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const entries = Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b));
  if (!state.formError && entries.length === 0) return null;
  const error = state.status === "error" || entries.length > 0;
  const formText =
    state.formError && state.formError !== "errors.invalid"
      ? t(state.formError as never, state.formErrorParams as never)
      : null;
  return (
    <Panel
      role={error ? "alert" : "status"}
      tone={error ? "danger" : "success"}
      className="space-y-2 text-sm"
      tabIndex={-1}
      data-error-summary=""
    >
      {formText && <p>{formText}</p>}
      {(entries.length > 0 || !formText) && <p className="font-semibold">{t("errors.invalid")}</p>}
      {entries.length > 0 && (
        <ul className="list-disc space-y-1 pl-5">
          {entries.map(([name, keys]) => {
            const field = fields[name];
            const message = translateErrors(t, keys);
            return (
              <li key={name}>
                {field ? (
                  <a
                    href={`#${field.id}`}
                    className="font-medium text-red-900 underline underline-offset-2 hover:no-underline"
                    onClick={(event) => goTo(event, field.id)}
                  >
                    {field.label}: {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}

/** A fragment link only scrolls; this moves focus into the field too (and keeps the URL as it is). */
function goTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const control = document.getElementById(id);
  if (!control) return;
  event.preventDefault();
  focusControl(control);
}
