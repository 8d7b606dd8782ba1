"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { buttonClass } from "@/components/ui/field";
import { registerAction } from "@/lib/accounts/actions";
import { registerEmployerSchema } from "@/lib/accounts/schemas";
import { idleState } from "@/lib/forms/field-errors";
import { Panel } from "@/components/ui/panel";

export function RegisterForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState(registerAction, idleState);
  const { errors, onSubmit, formRef } = useValidatedForm(state, () => registerEmployerSchema);
  const values = (state.values ?? {}) as Record<string, string>;
  const [country, setCountry] = useState(values.countryCode ?? "");
  const [kind, setKind] = useState(values.kind ?? "");
  const registryNumberLabel =
    country === "KG"
      ? t("auth.registryNumberKG")
      : country === "KZ"
        ? t("auth.registryNumberKZ")
        : t("auth.registryNumber");
  // What the error summary calls each field (its visible label) and where its link goes (TextField's id).
  const labels: Record<string, string> = {
    countryCode: t("auth.countryCode"),
    kind: t("auth.kind"),
    legalName: t("auth.legalName"),
    registryNumber: registryNumberLabel,
    agencyLicense: t("auth.agencyLicense"),
    contactPhone: t("auth.contactPhone"),
    name: t("auth.name"),
    email: t("auth.email"),
    password: t("auth.password"),
  };
  const summaryFields = Object.fromEntries(
    Object.entries(labels).map(([name, label]) => [name, { label, id: `field-${name}` }]),
  );

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={onSubmit}
      noValidate
      className="space-y-6"
      key={JSON.stringify(state.values ?? {})}
    >
      <ErrorSummary state={state} errors={errors} fields={summaryFields} />
      <Panel as="fieldset" className="space-y-4">
        <legend className="px-1 text-lg font-semibold">{t("auth.organizationSection")}</legend>
        <SelectField
          name="countryCode"
          label={t("auth.countryCode")}
          required
          placeholder={t("auth.choose")}
          defaultValue={values.countryCode}
          onChange={(e) => setCountry(e.target.value)}
          options={(["KG", "KZ"] as const).map((c) => [c, t(`country.${c}`)] as const)}
          errors={errors.countryCode}
        />
        <SelectField
          name="kind"
          label={t("auth.kind")}
          required
          placeholder={t("auth.choose")}
          defaultValue={values.kind}
          onChange={(e) => setKind(e.target.value)}
          options={(["COMPANY", "INDIVIDUAL_ENTREPRENEUR", "RECRUITMENT_AGENCY"] as const).map(
            (k) => [k, t(`organizationKind.${k}`)] as const,
          )}
          errors={errors.kind}
        />
        <TextField
          name="legalName"
          label={t("auth.legalName")}
          required
          defaultValue={values.legalName}
          hint={t("auth.legalNameHint")}
          errors={errors.legalName}
        />
        <TextField
          name="registryNumber"
          label={registryNumberLabel}
          required
          inputMode="numeric"
          autoComplete="off"
          defaultValue={values.registryNumber}
          hint={country === "KG" ? t("auth.registryNumberHintKG") : t("auth.registryNumberHintKZ")}
          errors={errors.registryNumber}
        />
        {kind === "RECRUITMENT_AGENCY" && (
          <TextField
            name="agencyLicense"
            label={t("auth.agencyLicense")}
            required
            defaultValue={values.agencyLicense}
            hint={t("auth.agencyLicenseHint")}
            errors={errors.agencyLicense}
          />
        )}
        <TextField
          name="contactPhone"
          label={t("auth.contactPhone")}
          required
          type="tel"
          autoComplete="tel"
          defaultValue={values.contactPhone}
          hint={t("auth.contactPhoneHint")}
          errors={errors.contactPhone}
        />
      </Panel>
      <Panel as="fieldset" className="space-y-4">
        <legend className="px-1 text-lg font-semibold">{t("auth.accountSection")}</legend>
        <TextField
          name="name"
          label={t("auth.name")}
          required
          autoComplete="name"
          defaultValue={values.name}
          errors={errors.name}
        />
        <TextField
          name="email"
          label={t("auth.email")}
          required
          type="email"
          autoComplete="email"
          defaultValue={values.email}
          errors={errors.email}
        />
        <TextField
          name="password"
          label={t("auth.password")}
          required
          type="password"
          autoComplete="new-password"
          hint={t("auth.passwordHint")}
          errors={errors.password}
        />
      </Panel>
      <button type="submit" className={`${buttonClass} w-full sm:w-auto`} disabled={pending}>
        {t("auth.registerButton")}
      </button>
    </form>
  );
}
