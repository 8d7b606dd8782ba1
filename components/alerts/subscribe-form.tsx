"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/field";
import { panelClass } from "@/components/ui/panel";
import { subscribeAlertAction } from "@/lib/alerts/actions";
import { idleState } from "@/lib/forms/field-errors";

const frequencies = ["DAILY", "IMMEDIATE"] as const;

/**
 * "New vacancies for this search by e-mail": an address and how often, no account. A plain POST form (works
 * without JavaScript); the answer is the same for every address: check your mail and confirm.
 */
export function SubscribeForm({ query }: { query: string }) {
  const t = useTranslations("alerts");
  const [state, action, pending] = useActionState(subscribeAlertAction, idleState);
  const notice = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors ?? {};
  const values = (state.values ?? {}) as Record<string, string>;
  useEffect(() => {
    if (state.status === "success") notice.current?.focus();
  }, [state]);

  if (state.status === "success")
    return (
      <div
        className={panelClass("success", "lg")}
        tabIndex={-1}
        ref={notice}
        role="status"
        data-testid="alert-check-mail"
      >
        {t("checkMail")}
      </div>
    );
  return (
    <form action={action} className={`${panelClass("info", "lg")} space-y-3`} aria-labelledby="alert-form-heading">
      <h2 id="alert-form-heading" className="text-lg font-semibold">
        {t("formTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("formLead")}</p>
      <input type="hidden" name="query" value={query} />
      <FormMessage state={state} fieldErrorCount={Object.keys(errors).length} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="email"
          label={t("email")}
          type="email"
          inputMode="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={values.email}
          errors={errors.email}
        />
        <SelectField
          name="frequency"
          label={t("frequency")}
          defaultValue={values.frequency ?? "DAILY"}
          options={frequencies.map((f) => [f, t(`frequencyOption.${f}`)] as const)}
          errors={errors.frequency}
        />
      </div>
      <p className="text-xs text-slate-600">{t("privacy")}</p>
      <button type="submit" className={`${buttonClass} w-full sm:w-auto`} disabled={pending}>
        {t("subscribe")}
      </button>
    </form>
  );
}
