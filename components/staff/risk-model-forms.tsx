"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";
import { buttonClass } from "@/components/ui/field";
import { activateRiskModelVersionAction, trainRiskModelAction } from "@/lib/moderation/risk/model-actions";
import { useOpenOnError, useStaffForm } from "./use-staff-form";

/** "Train a new version": a few seconds; the new version is stored inactive with its measures. */
export function RiskModelTrainForm() {
  const t = useTranslations("staffRiskModel");
  const { state, errors, pending, form } = useStaffForm(trainRiskModelAction);
  return (
    <form {...form} aria-label={t("train")} className="space-y-2">
      <ErrorSummary state={state} errors={{}} fields={{}} />
      <p className="text-sm text-slate-700">{t("trainExplain")}</p>
      <button type="submit" className={buttonClass} disabled={pending} aria-describedby="risk-model-train-error">
        {pending ? t("training") : t("train")}
      </button>
      <FieldError id="risk-model-train-error" errors={errors.train} />
    </form>
  );
}

/** "Switch to this version", behind a disclosure and a ticked box (works without JavaScript). */
export function RiskModelActivateForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("staffRiskModel");
  const { state, errors, pending, form } = useStaffForm(activateRiskModelVersionAction);
  const confirmId = `risk-model-${id}-confirm`;
  const fields = { confirm: { label: t("activateConfirm", { version }), id: confirmId } };
  const open = useOpenOnError(state.status === "error");
  return (
    <details open={open}>
      <summary className="cursor-pointer py-2 text-sm font-medium text-brand-800">{t("activateOpen")}</summary>
      <form {...form} aria-label={t("activate", { version })} className="space-y-2 pt-1">
        <input type="hidden" name="id" value={id} />
        <ErrorSummary state={state} errors={errors} fields={fields} />
        <CheckboxField id={confirmId} name="confirm" label={fields.confirm.label} errors={errors.confirm} />
        <FieldError id={`risk-model-${id}-error`} errors={errors.id} />
        <button type="submit" className={buttonClass} disabled={pending}>
          {t("activate", { version })}
        </button>
      </form>
    </details>
  );
}
