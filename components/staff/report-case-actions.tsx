"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { markInvalid, refill } from "@/components/forms/refill-form";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { FormMessage } from "@/components/forms/form-message";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { panelClass } from "@/components/ui/panel";
import { idleState } from "@/lib/forms/field-errors";
import { ReportOutcome } from "@/lib/generated/prisma/enums";
import { closeReportCaseAction, takeReportCaseAction } from "@/lib/reports/actions";

/**
 * Take the case (it then names the moderator), and close it with an outcome: upheld with the action taken,
 * or dismissed, and a note of what was found. After an error the typed note stays and the summary takes
 * focus; the outcome's error sits next to it.
 */
export function ReportCaseActions({ vacancyId, takenByMe }: { vacancyId: string; takenByMe: boolean }) {
  const t = useTranslations("staff");
  const [taken, take] = useActionState(takeReportCaseAction, idleState);
  const [closed, close] = useActionState(closeReportCaseAction, idleState);
  const form = useRef<HTMLFormElement>(null);
  const errors = closed.fieldErrors ?? {};
  useEffect(() => {
    if (!form.current || closed.status !== "error") return;
    if (closed.values) refill(form.current, closed.values);
    markInvalid(form.current, closed.fieldErrors ?? {});
    form.current.querySelector<HTMLElement>("[data-error-summary]")?.focus();
  }, [closed]);
  return (
    <div className="space-y-4">
      {!takenByMe && (
        <form action={take} className="space-y-2">
          <FormMessage state={taken} />
          <input type="hidden" name="vacancyId" value={vacancyId} />
          <button type="submit" className={secondaryButtonClass}>
            {t("takeCase")}
          </button>
        </form>
      )}
      <form
        ref={form}
        action={close}
        className={`${panelClass("strong")} space-y-3`}
        aria-labelledby="close-case-heading"
      >
        <h2 id="close-case-heading" className="font-semibold">
          {t("closeCaseTitle")}
        </h2>
        {closed.status === "success" ? (
          <FormMessage state={closed} />
        ) : (
          <ErrorSummary
            state={closed}
            errors={errors}
            fields={{
              outcome: { id: "field-outcome", label: t("reportOutcomeLabel") },
              note: { id: "field-note", label: t("caseNote") },
            }}
          />
        )}
        <input type="hidden" name="vacancyId" value={vacancyId} />
        <SelectField
          name="outcome"
          label={t("reportOutcomeLabel")}
          placeholder={t("chooseOutcome")}
          required
          hint={t("outcomeHint")}
          errors={errors.outcome}
          options={Object.values(ReportOutcome).map((value) => [value, t(`reportOutcome.${value}`)] as const)}
        />
        <TextField
          name="note"
          label={t("caseNote")}
          hint={t("caseNoteHint")}
          multiline
          rows={3}
          required
          maxLength={2000}
          errors={errors.note}
        />
        <button type="submit" className={buttonClass}>
          {t("closeCase")}
        </button>
      </form>
    </div>
  );
}
