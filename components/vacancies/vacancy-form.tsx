"use client";

import { type FormEvent, type ReactNode, useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { FieldError } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { buttonClass, controlClass, secondaryButtonClass } from "@/components/ui/field";
import {
  ContentLanguage,
  ContractType,
  CostBearer,
  Currency,
  EducationLevel,
  EmploymentType,
  ExperienceLevel,
  SalaryPeriod,
  Sector,
} from "@/lib/generated/prisma/enums";
import { idleState } from "@/lib/forms/field-errors";
import { saveVacancyAction } from "@/lib/vacancies/actions";
import { schemaFor, workerLanguages } from "@/lib/vacancies/schemas";
import { OccupationPicker, type OccupationOption } from "./occupation-picker";
import { Panel } from "@/components/ui/panel";

export type PlaceOption = { code: string; parent: string; name: string };

type Props = {
  locale: string;
  vacancyId?: string;
  version?: string;
  initial: Record<string, unknown>;
  occupations: OccupationOption[];
  regions: PlaceOption[];
  cities: PlaceOption[];
  minDate: string;
  maxDate: string;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Panel as="fieldset" className="grid gap-4 sm:grid-cols-2">
      <legend className="px-1 text-lg font-semibold">{title}</legend>
      {children}
    </Panel>
  );
}

function Check({
  name,
  label,
  defaultChecked,
  errors,
}: {
  name: string;
  label: ReactNode;
  defaultChecked?: boolean;
  errors?: string[];
}) {
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-2 text-slate-800">
        <input
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          className="mt-1 h-5 w-5 shrink-0"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `${name}-error` : undefined}
        />
        <span>{label}</span>
      </label>
      <FieldError id={`${name}-error`} errors={errors} />
    </div>
  );
}

/** Every field of a vacancy, grouped as an employer thinks about them; checked here and again on the server. */
export function VacancyForm({
  locale,
  vacancyId,
  version,
  initial,
  occupations,
  regions,
  cities,
  minDate,
  maxDate,
}: Props) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(saveVacancyAction, idleState);
  const { errors, onSubmit, errorCount } = useValidatedForm(state, (intent) =>
    schemaFor(intent === "submit" ? "submit" : "draft"),
  );
  // Leaving (another page, another language, closing the tab) asks first once something was typed; a
  // save that came back with errors is still unsaved.
  const unsaved = useUnsavedChanges(t("vacancyForm.unsavedChanges"));
  useEffect(() => {
    if (state.status === "error") unsaved.onChange();
  }, [state, unsaved]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    onSubmit(event);
    if (!event.defaultPrevented) unsaved.onSubmitted();
  };
  const v = { ...initial, ...(state.values ?? {}) } as Record<string, unknown>;
  const text = (key: string) => (v[key] === undefined || v[key] === null ? undefined : String(v[key]));
  const flag = (key: string) => v[key] === true || v[key] === "on" || v[key] === "true";
  const [country, setCountry] = useState(text("countryCode") ?? "");
  const [region, setRegion] = useState(text("regionCode") ?? "");
  const options = <T extends Record<string, string>>(values: T, ns: string) =>
    Object.values(values).map((value) => [value, t(`${ns}.${value}` as never)] as const);
  const chosenLanguages = new Set(
    Array.isArray(v.languages) ? (v.languages as string[]) : v.languages ? [String(v.languages)] : [],
  );

  return (
    <form
      action={action}
      onSubmit={submit}
      onChange={unsaved.onChange}
      noValidate
      className="space-y-6"
      key={JSON.stringify(state.values ?? {})}
    >
      {vacancyId && <input type="hidden" name="vacancyId" value={vacancyId} />}
      {version && <input type="hidden" name="version" value={version} />}
      <FormMessage state={state} fieldErrorCount={errorCount} />

      <Section title={t("vacancyForm.basics")}>
        <TextField
          name="title"
          label={t("vacancyForm.title")}
          required
          maxLength={150}
          defaultValue={text("title")}
          errors={errors.title}
          className="sm:col-span-2"
          hint={t("vacancyForm.titleHint")}
        />
        <div className="sm:col-span-2">
          <OccupationPicker options={occupations} defaultCode={text("occupationCode")} errors={errors.occupationCode} />
        </div>
        <SelectField
          name="sector"
          label={t("vacancyForm.sector")}
          required
          placeholder={t("auth.choose")}
          defaultValue={text("sector")}
          options={options(Sector, "sector")}
          errors={errors.sector}
        />
        <SelectField
          name="language"
          label={t("vacancyForm.language")}
          required
          defaultValue={text("language") ?? locale}
          options={options(ContentLanguage, "language")}
          errors={errors.language}
        />
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor="field-description" className="text-sm font-medium text-slate-800">
            {t("vacancyForm.description")}
            <span className="text-red-700" aria-hidden="true">
              {" "}
              *
            </span>
          </label>
          <textarea
            id="field-description"
            name="description"
            rows={10}
            maxLength={10_000}
            defaultValue={text("description")}
            className={controlClass}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby="field-description-hint"
          />
          <p id="field-description-hint" className="text-xs text-slate-600">
            {t("vacancyForm.descriptionHint")}
          </p>
          <FieldError id="field-description-error" errors={errors.description} />
        </div>
      </Section>

      <Section title={t("vacancyForm.place")}>
        <SelectField
          name="countryCode"
          label={t("vacancyForm.country")}
          required
          defaultValue={country}
          onChange={(e) => {
            setCountry(e.target.value);
            setRegion("");
          }}
          options={(["KG", "KZ"] as const).map((c) => [c, t(`country.${c}`)] as const)}
          errors={errors.countryCode}
        />
        <SelectField
          name="regionCode"
          label={t("vacancyForm.region")}
          required
          placeholder={t("auth.choose")}
          defaultValue={region}
          onChange={(e) => setRegion(e.target.value)}
          options={regions.filter((r) => r.parent === country).map((r) => [r.code, r.name] as const)}
          errors={errors.regionCode}
        />
        <SelectField
          name="cityCode"
          label={t("vacancyForm.city")}
          placeholder={t("vacancyForm.anyCity")}
          defaultValue={text("cityCode")}
          options={cities.filter((c) => c.parent === region).map((c) => [c.code, c.name] as const)}
          errors={errors.cityCode}
        />
        <TextField
          name="address"
          label={t("vacancyForm.address")}
          maxLength={200}
          defaultValue={text("address")}
          errors={errors.address}
        />
      </Section>

      <Section title={t("vacancyForm.pay")}>
        <TextField
          name="salaryMin"
          label={t("vacancyForm.salaryMin")}
          required
          inputMode="decimal"
          defaultValue={text("salaryMin")}
          errors={errors.salaryMin}
        />
        <TextField
          name="salaryMax"
          label={t("vacancyForm.salaryMax")}
          inputMode="decimal"
          defaultValue={text("salaryMax")}
          errors={errors.salaryMax}
        />
        <SelectField
          name="salaryCurrency"
          label={t("vacancyForm.currency")}
          required
          defaultValue={text("salaryCurrency") ?? (country === "KG" ? "KGS" : "KZT")}
          options={options(Currency, "currency")}
          errors={errors.salaryCurrency}
        />
        <SelectField
          name="salaryPeriod"
          label={t("vacancyForm.period")}
          required
          defaultValue={text("salaryPeriod") ?? "MONTH"}
          options={options(SalaryPeriod, "salaryPeriod")}
          errors={errors.salaryPeriod}
        />
        <p className="text-xs text-slate-600 sm:col-span-2">{t("vacancyForm.payHint")}</p>
      </Section>

      <Section title={t("vacancyForm.terms")}>
        <SelectField
          name="employmentType"
          label={t("vacancyForm.employmentType")}
          required
          placeholder={t("auth.choose")}
          defaultValue={text("employmentType")}
          options={options(EmploymentType, "employmentType")}
          errors={errors.employmentType}
        />
        <SelectField
          name="contractType"
          label={t("vacancyForm.contractType")}
          required
          placeholder={t("auth.choose")}
          defaultValue={text("contractType")}
          options={options(ContractType, "contractType")}
          errors={errors.contractType}
        />
        <TextField
          name="schedule"
          label={t("vacancyForm.schedule")}
          maxLength={200}
          defaultValue={text("schedule")}
          errors={errors.schedule}
          hint={t("vacancyForm.scheduleHint")}
        />
        <TextField
          name="positions"
          label={t("vacancyForm.positions")}
          required
          type="number"
          min={1}
          max={1000}
          defaultValue={text("positions") ?? "1"}
          errors={errors.positions}
        />
        <SelectField
          name="experience"
          label={t("vacancyForm.experience")}
          required
          placeholder={t("auth.choose")}
          defaultValue={text("experience")}
          options={options(ExperienceLevel, "experience")}
          errors={errors.experience}
        />
        <SelectField
          name="education"
          label={t("vacancyForm.education")}
          required
          placeholder={t("auth.choose")}
          defaultValue={text("education")}
          options={options(EducationLevel, "education")}
          errors={errors.education}
        />
        <fieldset className="flex flex-col gap-1 sm:col-span-2">
          <legend className="text-sm font-medium text-slate-800">{t("vacancyForm.languages")}</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {workerLanguages.map((code) => (
              <label key={code} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="languages"
                  value={code}
                  defaultChecked={chosenLanguages.has(code)}
                  className="h-5 w-5"
                />
                {t(`language.${code}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <TextField
          name="validThrough"
          label={t("vacancyForm.validThrough")}
          required
          type="date"
          min={minDate}
          max={maxDate}
          defaultValue={text("validThrough")}
          errors={errors.validThrough}
          hint={t("vacancyForm.validThroughHint")}
        />
      </Section>

      <Section title={t("vacancyForm.conditions")}>
        <Check
          name="housingProvided"
          label={t("vacancyForm.housingProvided")}
          defaultChecked={flag("housingProvided")}
        />
        <Check name="mealsProvided" label={t("vacancyForm.mealsProvided")} defaultChecked={flag("mealsProvided")} />
        <Check
          name="transportProvided"
          label={t("vacancyForm.transportProvided")}
          defaultChecked={flag("transportProvided")}
        />
        <Check
          name="openToOtherCountry"
          label={t("vacancyForm.openToOtherCountry")}
          defaultChecked={initial.openToOtherCountry === undefined ? true : flag("openToOtherCountry")}
        />
        <SelectField
          name="travelPaidBy"
          label={t("vacancyForm.travelPaidBy")}
          required
          placeholder={t("auth.choose")}
          defaultValue={text("travelPaidBy")}
          options={options(CostBearer, "costBearer")}
          errors={errors.travelPaidBy}
        />
        <SelectField
          name="housingPaidBy"
          label={t("vacancyForm.housingPaidBy")}
          required
          placeholder={t("auth.choose")}
          defaultValue={text("housingPaidBy")}
          options={options(CostBearer, "costBearer")}
          errors={errors.housingPaidBy}
        />
        <SelectField
          name="documentsPaidBy"
          label={t("vacancyForm.documentsPaidBy")}
          required
          placeholder={t("auth.choose")}
          defaultValue={text("documentsPaidBy")}
          options={options(CostBearer, "costBearer")}
          errors={errors.documentsPaidBy}
        />
      </Section>

      <Section title={t("vacancyForm.contacts")}>
        <TextField
          name="contactName"
          label={t("vacancyForm.contactName")}
          maxLength={120}
          defaultValue={text("contactName")}
          errors={errors.contactName}
        />
        <TextField
          name="contactPhone"
          label={t("vacancyForm.contactPhone")}
          type="tel"
          defaultValue={text("contactPhone")}
          errors={errors.contactPhone}
          hint={t("vacancyForm.contactHint")}
        />
        <TextField
          name="contactEmail"
          label={t("vacancyForm.contactEmail")}
          type="email"
          defaultValue={text("contactEmail")}
          errors={errors.contactEmail}
        />
        <TextField
          name="contactTelegram"
          label={t("vacancyForm.contactTelegram")}
          maxLength={64}
          defaultValue={text("contactTelegram")}
          errors={errors.contactTelegram}
        />
        <TextField
          name="contactWhatsapp"
          label={t("vacancyForm.contactWhatsapp")}
          maxLength={32}
          defaultValue={text("contactWhatsapp")}
          errors={errors.contactWhatsapp}
        />
        <div className="sm:col-span-2">
          <Check
            name="responsesEnabled"
            label={t("vacancyForm.responsesEnabled")}
            defaultChecked={v.responsesEnabled === undefined ? true : flag("responsesEnabled")}
          />
        </div>
      </Section>

      <Panel as="fieldset" tone="info" className="space-y-2">
        <legend className="px-1 text-lg font-semibold">{t("vacancyForm.fairRecruitment")}</legend>
        <p className="text-sm text-slate-700">{t("vacancyForm.fairRecruitmentLead")}</p>
        <Check
          name="noFeeConfirmed"
          label={t("vacancyForm.noFeeConfirmed")}
          defaultChecked={flag("noFeeConfirmed")}
          errors={errors.noFeeConfirmed}
        />
      </Panel>

      <div className="flex flex-col gap-3 sm:flex-row">
        <button type="submit" name="intent" value="submit" className={buttonClass} disabled={pending}>
          {t("vacancyForm.submit")}
        </button>
        <button type="submit" name="intent" value="draft" className={secondaryButtonClass} disabled={pending}>
          {t("vacancyForm.saveDraft")}
        </button>
      </div>
      <p className="text-xs text-slate-600">{t("vacancyForm.submitHint")}</p>
    </form>
  );
}
