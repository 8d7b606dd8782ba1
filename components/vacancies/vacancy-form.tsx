"use client";

import { type FormEvent, type ReactNode, useActionState, useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { FieldError } from "@/components/forms/field-error";
import { ErrorSummary, type SummaryField } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import { useUnsavedChanges } from "@/components/forms/use-unsaved-changes";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
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
  type VacancySection,
} from "@/lib/generated/prisma/enums";
import { idleState } from "@/lib/forms/field-errors";
import { saveVacancyAction } from "@/lib/vacancies/actions";
import { schemaFor, type vacancyFormFields, workerLanguages } from "@/lib/vacancies/schemas";
import { OccupationPicker, type OccupationOption } from "./occupation-picker";
import { Panel } from "@/components/ui/panel";

export type PlaceOption = { code: string; parent: string; name: string };

// The error summary lists errors in the order of the page, names a field by its visible label
// (vacancyForm.<key>) and links to its control's id; most fields are `vacancyForm.<name>` and `field-<name>`.
const pageOrder: readonly (typeof vacancyFormFields)[number][] = [
  "title",
  "occupationCode",
  "sector",
  "language",
  "description",
  "countryCode",
  "regionCode",
  "cityCode",
  "address",
  "salaryMin",
  "salaryMax",
  "salaryCurrency",
  "salaryPeriod",
  "employmentType",
  "contractType",
  "schedule",
  "positions",
  "experience",
  "education",
  "languages",
  "validThrough",
  "housingProvided",
  "mealsProvided",
  "transportProvided",
  "openToOtherCountry",
  "travelPaidBy",
  "housingPaidBy",
  "documentsPaidBy",
  "contactName",
  "contactPhone",
  "contactEmail",
  "contactTelegram",
  "contactWhatsapp",
  "responsesEnabled",
  "noFeeConfirmed",
];
const labelKeys: Record<string, string> = {
  occupationCode: "occupation",
  countryCode: "country",
  regionCode: "region",
  cityCode: "city",
  salaryCurrency: "currency",
  salaryPeriod: "period",
  // The box's own label is a paragraph; its group's legend names it.
  noFeeConfirmed: "fairRecruitment",
};
const occupationId = "field-occupation";
const controlIds: Record<string, string> = {
  occupationCode: occupationId,
  languages: `field-languages-${workerLanguages[0]}`,
};

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
  /** The sections a moderator's request points at: highlighted, with a note under their title. */
  requestedSections?: readonly VacancySection[];
};

/** One titled group of fields; `request` marks it as one a moderator asked to fix (says so in words too). */
function Section({ title, request, children }: { title: string; request?: string; children: ReactNode }) {
  const noteId = useId();
  return (
    <Panel
      as="fieldset"
      tone={request ? "warning" : "plain"}
      className={`grid gap-4 sm:grid-cols-2 ${request ? "border-2" : ""}`}
      aria-describedby={request ? noteId : undefined}
      data-requested={request ? "true" : undefined}
    >
      <legend className="px-1 text-lg font-semibold">{title}</legend>
      {request && (
        <p id={noteId} className="text-sm font-medium text-amber-950 sm:col-span-2">
          {request}
        </p>
      )}
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
          id={`field-${name}`}
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          className="mt-1 h-5 w-5 shrink-0"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? `field-${name}-error` : undefined}
        />
        <span>{label}</span>
      </label>
      <FieldError id={`field-${name}-error`} errors={errors} />
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
  requestedSections = [],
}: Props) {
  const t = useTranslations();
  const requestNote = (section: VacancySection) =>
    requestedSections.includes(section) ? t("vacancyForm.requestedSection") : undefined;
  const [state, action, pending] = useActionState(saveVacancyAction, idleState);
  const { errors, onSubmit, formRef } = useValidatedForm(state, (intent) =>
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
  const summaryFields: Record<string, SummaryField> = Object.fromEntries(
    pageOrder.map((name) => [
      name,
      { label: t(`vacancyForm.${labelKeys[name] ?? name}` as never), id: controlIds[name] ?? `field-${name}` },
    ]),
  );
  const chosenLanguages = new Set(
    Array.isArray(v.languages) ? (v.languages as string[]) : v.languages ? [String(v.languages)] : [],
  );

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={submit}
      onChange={unsaved.onChange}
      noValidate
      className="space-y-6"
      key={JSON.stringify(state.values ?? {})}
    >
      {vacancyId && <input type="hidden" name="vacancyId" value={vacancyId} />}
      {version && <input type="hidden" name="version" value={version} />}
      <ErrorSummary state={state} errors={errors} fields={summaryFields} />

      <Section title={t("vacancyForm.basics")} request={requestNote("BASICS")}>
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
          <OccupationPicker
            id={occupationId}
            options={occupations}
            defaultCode={text("occupationCode")}
            errors={errors.occupationCode}
            required
          />
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
        <TextField
          multiline
          name="description"
          label={t("vacancyForm.description")}
          required
          rows={10}
          maxLength={10_000}
          defaultValue={text("description")}
          errors={errors.description}
          className="sm:col-span-2"
          hint={t("vacancyForm.descriptionHint")}
        />
      </Section>

      <Section title={t("vacancyForm.place")} request={requestNote("PLACE")}>
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

      <Section title={t("vacancyForm.pay")} request={requestNote("PAY")}>
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

      <Section title={t("vacancyForm.terms")} request={requestNote("TERMS")}>
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
                  id={`field-languages-${code}`}
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
          <FieldError id="field-languages-error" errors={errors.languages} />
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

      <Section title={t("vacancyForm.conditions")} request={requestNote("CONDITIONS")}>
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

      <Section title={t("vacancyForm.contacts")} request={requestNote("CONTACTS")}>
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
