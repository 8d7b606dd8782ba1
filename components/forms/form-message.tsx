"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/field-errors";

/** The form-level message: an error (role=alert, read out at once) or a confirmation (role=status). */
export function FormMessage({ state, fieldErrorCount = 0 }: { state: FormState; fieldErrorCount?: number }) {
  const t = useTranslations();
  if (!state.formError && fieldErrorCount === 0) return null;
  const error = state.status === "error" || fieldErrorCount > 0;
  const text = state.formError ? t(state.formError as never, state.formErrorParams as never) : t("errors.invalid");
  return (
    <div
      role={error ? "alert" : "status"}
      className={`rounded-md border px-4 py-3 text-sm ${error ? "border-red-300 bg-red-50 text-red-900" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
    >
      {text}
      {error && fieldErrorCount > 0 && state.formError !== "errors.invalid" && ` ${t("errors.invalid")}`}
    </div>
  );
}
