"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { buttonClass } from "@/components/ui/field";
import { panelClass } from "@/components/ui/panel";
import { staffRoles } from "@/lib/access/roles";
import { staffMemberAction } from "@/lib/moderation/actions";
import { staffCountries } from "./staff-access-form";
import { useStaffForm } from "./use-staff-form";

/** Adds a colleague: the person gets a mail with a 48-hour link to choose a password. */
export function StaffInviteForm() {
  const t = useTranslations("staff");
  const tc = useTranslations("country");
  const { state, errors, pending, form } = useStaffForm(staffMemberAction);
  const { ref } = form;
  // Once the colleague is invited, the form is empty again for the next one (errors keep what was typed).
  useEffect(() => {
    if (state.status === "success") ref.current?.reset();
  }, [state, ref]);
  const fields = {
    name: { label: t("colleagueName"), id: "invite-name" },
    email: { label: t("colleagueEmail"), id: "invite-email" },
    role: { label: t("colleagueRole"), id: "invite-role" },
    jurisdictions: { label: t("colleagueCountries"), id: "invite-jurisdictions-KG" },
  };
  return (
    <form {...form} aria-labelledby="invite-title" className={`${panelClass("plain", "md")} grid gap-3 sm:grid-cols-2`}>
      <h2 id="invite-title" className="font-semibold sm:col-span-2">
        {t("addColleague")}
      </h2>
      <div className="sm:col-span-2">
        <ErrorSummary state={state} errors={errors} fields={fields} />
      </div>
      <TextField
        id={fields.name.id}
        name="name"
        label={fields.name.label}
        required
        maxLength={120}
        errors={errors.name}
      />
      <TextField
        id={fields.email.id}
        name="email"
        type="email"
        label={fields.email.label}
        required
        maxLength={254}
        errors={errors.email}
      />
      <SelectField
        id={fields.role.id}
        name="role"
        label={fields.role.label}
        options={staffRoles.map((role) => [role, t(`role.${role}`)] as const)}
        errors={errors.role}
      />
      <fieldset aria-describedby={errors.jurisdictions ? "invite-jurisdictions-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("colleagueCountries")}</legend>
        <div className="flex gap-4">
          {staffCountries.map((country) => (
            <CheckboxField
              key={country}
              id={`invite-jurisdictions-${country}`}
              name="jurisdictions"
              value={country}
              label={tc(country)}
            />
          ))}
        </div>
        <FieldError id="invite-jurisdictions-error" errors={errors.jurisdictions} />
      </fieldset>
      <button
        type="submit"
        name="operation"
        value="invite"
        className={`${buttonClass} sm:col-span-2 sm:justify-self-start`}
        disabled={pending}
      >
        {t("addColleagueButton")}
      </button>
    </form>
  );
}
