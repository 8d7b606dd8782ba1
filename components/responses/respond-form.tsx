"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/field";
import { Panel, panelClass } from "@/components/ui/panel";
import { idleState } from "@/lib/forms/field-errors";
import { submitResponseAction } from "@/lib/responses/actions";

const languages = ["ru", "ky", "kk", "en"] as const;

/**
 * "Respond": name, phone with the country code, an optional message and the language to be answered in,
 * with consent to pass them to this employer only. No account; the answer is a private link to follow it.
 */
export function RespondForm({ vacancyId, defaultLanguage }: { vacancyId: string; defaultLanguage: string }) {
  const t = useTranslations("respond");
  const tl = useTranslations("language");
  const [state, action, pending] = useActionState(submitResponseAction, idleState);
  const receipt = useRef<HTMLDivElement>(null);
  const errors = state.fieldErrors ?? {};
  const values = (state.values ?? {}) as Record<string, string>;
  useEffect(() => {
    if (state.status === "success") receipt.current?.focus();
  }, [state]);

  if (state.status === "success") {
    const link = String(state.formErrorParams?.link ?? "");
    return (
      <div
        className={panelClass("success", "lg")}
        tabIndex={-1}
        ref={receipt}
        role="status"
        data-testid="response-receipt"
      >
        <p className="font-semibold">{t("sent")}</p>
        <p className="mt-2 text-sm">{t("keepLink")}</p>
        <p className="mt-2 break-all">
          <a href={link} className="font-medium text-brand-700 underline">
            {link}
          </a>
        </p>
      </div>
    );
  }
  return (
    <Panel as="form" action={action} padding="lg" className="space-y-4" aria-labelledby="respond-heading" id="respond">
      <h2 id="respond-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <input type="hidden" name="vacancyId" value={vacancyId} />
      <FormMessage state={state} fieldErrorCount={Object.keys(errors).length} />
      <TextField
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={values.name}
        errors={errors.name}
      />
      <TextField
        name="phone"
        label={t("phone")}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        required
        maxLength={30}
        placeholder="+996 555 123 456"
        hint={t("phoneHint")}
        defaultValue={values.phone}
        errors={errors.phone}
      />
      <TextField
        multiline
        name="message"
        label={t("message")}
        rows={3}
        maxLength={1000}
        hint={t("messageHint")}
        defaultValue={values.message}
        errors={errors.message}
      />
      <SelectField
        name="answerLanguage"
        label={t("answerLanguage")}
        defaultValue={values.answerLanguage ?? defaultLanguage}
        options={languages.map((code) => [code, tl(code)] as const)}
        errors={errors.answerLanguage}
      />
      <CheckboxField name="consent" label={t("consent")} required errors={errors.consent} />
      <button type="submit" className={`${buttonClass} w-full sm:w-auto`} disabled={pending}>
        {t("send")}
      </button>
    </Panel>
  );
}
