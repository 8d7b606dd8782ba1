"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FieldError } from "@/components/forms/field-error";
import { ErrorSummary } from "@/components/forms/error-summary";
import { markInvalid, refill } from "@/components/forms/refill-form";
import { buttonClass, controlClass, secondaryButtonClass, dangerButtonClass } from "@/components/ui/field";
import { RejectionCode } from "@/lib/generated/prisma/enums";
import { idleState } from "@/lib/forms/field-errors";
import { decideVacancyAction } from "@/lib/moderation/actions";
import type { ModeratorDecision } from "@/lib/vacancies/status-rules";
import { panelClass } from "@/components/ui/panel";

/**
 * The decisions the item's state allows (lib/vacancies/status-rules.ts): approve (publish, approve the
 * edit, or keep a reported vacancy); return for changes with a message and the form's sections it
 * concerns; reject, or close a published vacancy, with a reason code and a message. The employer reads
 * the message in the portal and by e-mail. After an error the typed text stays, the summary takes focus
 * and each error is tied to its field; the buttons stay enabled so focus is never dropped.
 */
export function DecisionForm({
  vacancyId,
  version,
  decisions,
  context,
  sections,
}: {
  vacancyId: string;
  version: string;
  decisions: readonly ModeratorDecision[];
  /** What "approve" means here: a new vacancy, a pending edit, or a published one reports put in the queue */
  context: "new" | "edit" | "published";
  /** The vacancy form's sections, [value, label in the moderator's language]. */
  sections: readonly (readonly [string, string])[];
}) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(decideVacancyAction, idleState);
  const form = useRef<HTMLFormElement>(null);
  const errors = state.fieldErrors ?? {};
  useEffect(() => {
    if (!form.current || state.status !== "error") return;
    if (state.values) refill(form.current, state.values);
    markInvalid(form.current, state.fieldErrors ?? {});
    form.current.querySelector<HTMLElement>("[data-error-summary]")?.focus();
  }, [state]);
  const can = (decision: ModeratorDecision) => decisions.includes(decision);
  const ends = can("close") ? "close" : "reject";
  const messageIds = ["decision-message-hint", errors.message ? "decision-message-error" : ""].filter(Boolean);
  return (
    <form ref={form} className={`${panelClass("strong")} space-y-4`} action={action} aria-label={t("staff.decision")}>
      <h2 className="font-semibold">{t("staff.decision")}</h2>
      <input type="hidden" name="vacancyId" value={vacancyId} />
      <input type="hidden" name="version" value={version} />
      <ErrorSummary
        state={state}
        errors={errors}
        fields={{
          message: { id: "decision-message", label: t("staff.message") },
          code: { id: "field-code", label: t("staff.reasonCode") },
        }}
      />
      {can("approve") && (
        <button type="submit" name="decision" value="approve" className={`${buttonClass} w-full sm:w-auto`}>
          {t(`staff.approveAs.${context}`)}
        </button>
      )}
      <fieldset className="space-y-3 border-t border-slate-200 pt-4" aria-busy={pending}>
        <legend className="font-semibold">{t(`staff.returnOr.${ends}`)}</legend>
        <div className="flex flex-col gap-1">
          <label htmlFor="decision-message" className="text-sm font-medium text-slate-800">
            {t("staff.message")}
          </label>
          <textarea
            id="decision-message"
            name="message"
            rows={4}
            maxLength={2000}
            className={controlClass}
            aria-describedby={messageIds.join(" ")}
          />
          <p id="decision-message-hint" className="text-xs text-slate-600">
            {t("staff.messageHint")}
          </p>
          <FieldError id="decision-message-error" errors={errors.message} />
        </div>
        {can("changes") && (
          <>
            <fieldset className="space-y-1" aria-describedby="request-sections-hint">
              <legend className="text-sm font-medium text-slate-800">{t("staff.requestSections")}</legend>
              <p id="request-sections-hint" className="text-xs text-slate-600">
                {t("staff.requestSectionsHint")}
              </p>
              <div className="grid gap-x-4 sm:grid-cols-2">
                {sections.map(([value, label]) => (
                  <CheckboxField key={value} name="sections" value={value} label={label} />
                ))}
              </div>
            </fieldset>
            <button type="submit" name="decision" value="changes" className={secondaryButtonClass}>
              {t("staff.requestChanges")}
            </button>
          </>
        )}
        <SelectField
          name="code"
          label={t("staff.reasonCode")}
          placeholder={t("auth.choose")}
          options={Object.values(RejectionCode).map((code) => [code, t(`staff.rejection.${code}`)] as const)}
          errors={errors.code}
        />
        <button type="submit" name="decision" value={ends} className={dangerButtonClass}>
          {t(ends === "close" ? "staff.closeVacancy" : "staff.reject")}
        </button>
      </fieldset>
    </form>
  );
}
