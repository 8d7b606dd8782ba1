"use client";

import { useTranslations } from "next-intl";
import { Panel } from "@/components/ui/panel";
import type { FormState } from "@/lib/forms/field-errors";

/** The form-level message: an error (role=alert, read out at once) or a confirmation (role=status). */
export function FormMessage({ state, fieldErrorCount = 0 }: { state: FormState; fieldErrorCount?: number }) {
  const t = useTranslations();
  if (!state.formError && fieldErrorCount === 0) return null;
  const error = state.status === "error" || fieldErrorCount > 0;
  const text = state.formError ? t(state.formError as never, state.formErrorParams as never) : t("errors.invalid");
  return (
    <Panel role={error ? "alert" : "status"} tone={error ? "danger" : "success"} className="text-sm">
      {text}
      {error &&
        fieldErrorCount > 0 &&
        state.formError &&
        state.formError !== "errors.invalid" &&
        ` ${t("errors.invalid")}`}
    </Panel>
  );
}
