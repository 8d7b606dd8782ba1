"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import { Badge } from "@/components/ui/badge";
import { secondaryButtonClass } from "@/components/ui/field";
import { panelClass } from "@/components/ui/panel";
import { updateRiskRuleAction } from "@/lib/moderation/actions";
import type { RiskRuleView } from "@/lib/moderation/risk/risk-rule-views";
import { CopyToTrialButton } from "./copy-to-trial-button";
import { useOpenOnError, useStaffForm } from "./use-staff-form";

/** One rule: what it looks for and how it did, its weight and switch, the pattern behind a disclosure. */
export function RiskRuleForm({ rule }: { rule: RiskRuleView }) {
  const t = useTranslations("staffRules");
  const ts = useTranslations("staff");
  const { state, errors, pending, form } = useStaffForm(updateRiskRuleAction);
  const detailsOpen = useOpenOnError(Boolean(errors.pattern || errors.unless));
  const id = (field: string) => `rule-${rule.id}-${field}`;
  const fields = {
    weight: { label: ts("ruleWeight"), id: id("weight") },
    enabled: { label: ts("ruleEnabled"), id: id("enabled") },
    pattern: { label: ts("rulePattern"), id: id("pattern") },
    unless: { label: ts("ruleUnless"), id: id("unless") },
  };
  return (
    <form
      {...form}
      aria-label={t("ruleForm", { description: rule.description })}
      className={`${panelClass("plain", "sm")} space-y-2`}
    >
      <input type="hidden" name="id" value={rule.id} />
      <p className="font-medium">{rule.description}</p>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        {rule.reads && <Badge>{rule.reads}</Badge>}
        {!rule.enabled && <Badge tone="warning">{t("switchedOff")}</Badge>}
        <span>{rule.statistics}</span>
      </p>
      <ErrorSummary state={state} errors={errors} fields={fields} />
      <div className="flex flex-wrap items-end gap-x-4 gap-y-1">
        <TextField
          id={fields.weight.id}
          name="weight"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          label={fields.weight.label}
          defaultValue={rule.weight}
          className="w-28"
          errors={errors.weight}
        />
        <CheckboxField
          id={fields.enabled.id}
          name="enabled"
          label={fields.enabled.label}
          defaultChecked={rule.enabled}
        />
      </div>
      <details open={detailsOpen}>
        <summary className="cursor-pointer py-2 text-sm font-medium text-brand-800">{t("details")}</summary>
        {rule.structural ? (
          <p className="text-sm text-slate-700">{t("noPattern")}</p>
        ) : (
          <div className="space-y-2 pt-1">
            <TextField
              multiline
              id={fields.pattern.id}
              name="pattern"
              label={fields.pattern.label}
              rows={3}
              maxLength={4000}
              defaultValue={rule.pattern ?? ""}
              errors={errors.pattern}
            />
            <TextField
              multiline
              id={fields.unless.id}
              name="unless"
              label={fields.unless.label}
              rows={2}
              maxLength={2000}
              defaultValue={rule.unless ?? ""}
              errors={errors.unless}
            />
            <CopyToTrialButton
              ruleId={rule.id}
              patternId={fields.pattern.id}
              unlessId={fields.unless.id}
              label={t("trialCopy")}
            />
          </div>
        )}
      </details>
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        {ts("ruleSave")}
      </button>
    </form>
  );
}
