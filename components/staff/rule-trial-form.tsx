"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/field";
import { panelClass } from "@/components/ui/panel";
import { tryRiskRulesAction } from "@/lib/moderation/risk/actions";
import { ruleTrialIds } from "./rule-trial-ids";
import { RuleTrialResults } from "./rule-trial-results";
import { useOpenOnError, useStaffForm } from "./use-staff-form";

/** "Try on a text": a sample vacancy text and, optionally, one rule's pattern as it would be after an edit. */
export function RuleTrialForm({
  textRules,
  descriptions,
  categories,
}: {
  /** Rules with a pattern, as [id, description] for the choice of the rule being edited. */
  textRules: [string, string][];
  descriptions: Record<string, string>;
  categories: Record<string, string>;
}) {
  const t = useTranslations("staffRules");
  const { state, errors, pending, form } = useStaffForm(tryRiskRulesAction);
  const fields = {
    text: { label: t("trialText"), id: ruleTrialIds.text },
    ruleId: { label: t("trialRule"), id: ruleTrialIds.ruleId },
    pattern: { label: t("trialPattern"), id: ruleTrialIds.pattern },
    unless: { label: t("trialUnless"), id: ruleTrialIds.unless },
  };
  const editOpen = useOpenOnError(Boolean(errors.ruleId || errors.pattern || errors.unless));
  return (
    <section aria-labelledby="trial-title" className={`${panelClass("info", "md")} space-y-3`}>
      <h2 id="trial-title" className="text-lg font-semibold">
        {t("trialTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("trialLead")}</p>
      <form {...form} aria-labelledby="trial-title" className="space-y-3">
        <ErrorSummary state={state} errors={errors} fields={fields} />
        <TextField
          multiline
          id={fields.text.id}
          name="text"
          label={fields.text.label}
          rows={6}
          maxLength={20_000}
          required
          errors={errors.text}
        />
        <details id={ruleTrialIds.edit} open={editOpen} className="space-y-3">
          <summary className="cursor-pointer py-2 font-medium text-brand-800">{t("trialEditTitle")}</summary>
          <div className="space-y-3 pt-2">
            <SelectField
              id={fields.ruleId.id}
              name="ruleId"
              label={fields.ruleId.label}
              placeholder={t("trialRuleNone")}
              options={textRules}
              errors={errors.ruleId}
            />
            <TextField
              multiline
              id={fields.pattern.id}
              name="pattern"
              label={fields.pattern.label}
              rows={3}
              maxLength={4000}
              hint={t("trialEditHint")}
              errors={errors.pattern}
            />
            <TextField
              multiline
              id={fields.unless.id}
              name="unless"
              label={fields.unless.label}
              rows={2}
              maxLength={2000}
              errors={errors.unless}
            />
          </div>
        </details>
        <button type="submit" className={buttonClass} disabled={pending}>
          {t("trialSubmit")}
        </button>
      </form>
      {state.status === "success" && state.trial && (
        <RuleTrialResults trial={state.trial} descriptions={descriptions} categories={categories} />
      )}
    </section>
  );
}
