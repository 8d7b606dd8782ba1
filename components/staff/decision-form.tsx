"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { buttonClass, controlClass, secondaryButtonClass, dangerButtonClass } from "@/components/ui/field";
import { RejectionCode } from "@/lib/generated/prisma/enums";
import { idleState } from "@/lib/forms/field-errors";
import { decideVacancyAction } from "@/lib/moderation/actions";
import { Panel } from "@/components/ui/panel";

/**
 * Approve; return for changes with a message and the form's sections it concerns; or reject with a reason
 * code and a message. The employer reads the message in the portal and by e-mail.
 */
export function DecisionForm({
  vacancyId,
  version,
  sections,
}: {
  vacancyId: string;
  version: string;
  /** The vacancy form's sections, [value, label in the moderator's language]. */
  sections: readonly (readonly [string, string])[];
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(decideVacancyAction, idleState);
  const errors = state.fieldErrors ?? {};
  return (
    <Panel
      as="form"
      tone="strong"
      className="space-y-4"
      action={action}

      aria-label={t("staff.decision")}
    >
      <input type="hidden" name="vacancyId" value={vacancyId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} fieldErrorCount={Object.keys(errors).length} />
      <button
        type="submit"
        name="decision"
        value="approve"
        className={`${buttonClass} w-full sm:w-auto`}
        disabled={pending}
      >
        {t("staff.approve")}
      </button>
      <fieldset className="space-y-3 border-t border-slate-200 pt-4">
        <legend className="font-semibold">{t("staff.rejectTitle")}</legend>
        <div className="flex flex-col gap-1">
          <label htmlFor="reject-message" className="text-sm font-medium text-slate-800">
            {t("staff.message")}
          </label>
          <textarea
            id="reject-message"
            name="message"
            rows={4}
            className={controlClass}
            aria-describedby="reject-message-hint"
          />
          <p id="reject-message-hint" className="text-xs text-slate-600">
            {t("staff.messageHint")}
          </p>
          <FieldError id="reject-message-error" errors={errors.message} />
        </div>
        <fieldset className="space-y-1" aria-describedby="request-sections-hint">
          <legend className="text-sm font-medium text-slate-800">{t("staff.requestSections")}</legend>
          <p id="request-sections-hint" className="text-xs text-slate-600">
            {t("staff.requestSectionsHint")}
          </p>
          <div className="grid gap-x-4 sm:grid-cols-3">
            {sections.map(([value, label]) => (
              <CheckboxField key={value} name="sections" value={value} label={label} />
            ))}
          </div>
        </fieldset>
        <button type="submit" name="decision" value="changes" className={secondaryButtonClass} disabled={pending}>
          {t("staff.requestChanges")}
        </button>
        <SelectField
          name="code"
          label={t("staff.reasonCode")}
          placeholder={t("auth.choose")}
          options={Object.values(RejectionCode).map((code) => [code, t(`staff.rejection.${code}`)] as const)}
          errors={errors.code}
        />
        <button type="submit" name="decision" value="reject" className={dangerButtonClass} disabled={pending}>
          {t("staff.reject")}
        </button>
      </fieldset>
    </Panel>
  );
}
