"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";
import { secondaryButtonClass } from "@/components/ui/field";
import { staffMemberAction } from "@/lib/moderation/actions";
import { useStaffForm } from "./use-staff-form";

export const staffCountries = ["KG", "KZ"] as const;

/** A colleague's countries, and the switch that disables the account (not for oneself). */
export function StaffAccessForm({
  member,
  self,
}: {
  member: { id: string; name: string; jurisdictions: string[]; disabled: boolean };
  self: boolean;
}) {
  const t = useTranslations("staff");
  const tt = useTranslations("staffTeam");
  const tc = useTranslations("country");
  const { state, errors, pending, form } = useStaffForm(staffMemberAction);
  const id = (field: string) => `member-${member.id}-${field}`;
  const fields = {
    jurisdictions: { label: t("colleagueCountries"), id: id("jurisdictions-KG") },
    disabled: { label: t("disabled"), id: id("disabled") },
  };
  return (
    <form {...form} aria-label={tt("accessForm", { name: member.name })} className="space-y-2">
      <input type="hidden" name="userId" value={member.id} />
      <ErrorSummary state={state} errors={errors} fields={fields} />
      <fieldset aria-describedby={errors.jurisdictions ? id("jurisdictions-error") : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("colleagueCountries")}</legend>
        <div className="flex flex-wrap gap-x-4">
          {staffCountries.map((country) => (
            <CheckboxField
              key={country}
              id={id(`jurisdictions-${country}`)}
              name="jurisdictions"
              value={country}
              label={tc(country)}
              defaultChecked={member.jurisdictions.includes(country)}
            />
          ))}
        </div>
        <FieldError id={id("jurisdictions-error")} errors={errors.jurisdictions} />
      </fieldset>
      {!self && (
        <CheckboxField id={fields.disabled.id} name="disabled" label={t("disabled")} defaultChecked={member.disabled} />
      )}
      <button type="submit" name="operation" value="update" className={secondaryButtonClass} disabled={pending}>
        {t("ruleSave")}
      </button>
    </form>
  );
}
