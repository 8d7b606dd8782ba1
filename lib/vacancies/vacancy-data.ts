import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CountryCode } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { vacancyFormFields, type VacancyDraftInput } from "./schemas";

/** Only the form's own fields: status, organisation, ids or counters in a request are dropped here. */
export function pickFormFields(input: unknown): Record<string, unknown> {
  const source = (input ?? {}) as Record<string, unknown>;
  return Object.fromEntries(vacancyFormFields.filter((key) => key in source).map((key) => [key, source[key]]));
}

/** The end of the chosen day in Central Asia (UTC+5/+6): a vacancy "valid through 30 May" stays up that day. */
export function endOfDay(date: string): Date {
  return new Date(`${date}T23:59:59+05:00`);
}

/**
 * Form values → the vacancy columns they set (booleans left out of a draft count as "no"; a draft without a
 * title is stored untitled, one without a country in the organisation's country).
 */
export function toVacancyColumns(values: VacancyDraftInput & { countryCode: CountryCode }) {
  return {
    title: values.title ?? "",
    description: values.description ?? null,
    language: values.language ?? "ru",
    occupationCode: values.occupationCode ?? null,
    sector: values.sector ?? null,
    countryCode: values.countryCode,
    regionCode: values.regionCode ?? null,
    cityCode: values.cityCode ?? null,
    address: values.address ?? null,
    salaryMin: values.salaryMin ?? null,
    salaryMax: values.salaryMax ?? null,
    salaryCurrency: values.salaryCurrency ?? (values.countryCode === "KG" ? "KGS" : "KZT"),
    salaryPeriod: values.salaryPeriod ?? "MONTH",
    employmentType: values.employmentType ?? null,
    contractType: values.contractType ?? "EMPLOYMENT_PERMANENT",
    schedule: values.schedule ?? null,
    experience: values.experience ?? "NONE",
    education: values.education ?? "NONE",
    languages: values.languages ?? [],
    positions: values.positions ?? 1,
    housingProvided: values.housingProvided ?? false,
    mealsProvided: values.mealsProvided ?? false,
    transportProvided: values.transportProvided ?? false,
    travelPaidBy: values.travelPaidBy ?? "NOT_APPLICABLE",
    housingPaidBy: values.housingPaidBy ?? "NOT_APPLICABLE",
    documentsPaidBy: values.documentsPaidBy ?? "EMPLOYER",
    openToOtherCountry: values.openToOtherCountry ?? false,
    noFeeConfirmed: values.noFeeConfirmed ?? false,
    responsesEnabled: values.responsesEnabled ?? true,
    contactName: values.contactName ?? null,
    contactPhone: values.contactPhone ?? null,
    contactEmail: values.contactEmail ?? null,
    contactTelegram: values.contactTelegram ?? null,
    contactWhatsapp: values.contactWhatsapp ?? null,
    validThrough: values.validThrough ? endOfDay(values.validThrough) : null,
  } satisfies Partial<Prisma.VacancyUncheckedCreateInput>;
}

/** Checks the references the schema cannot: region in the country, town in the region, a real ISCO unit group. */
export async function referenceErrors(values: VacancyDraftInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  const [region, city, occupation] = await Promise.all([
    values.regionCode
      ? db.region.findUnique({ where: { code: values.regionCode }, select: { countryCode: true } })
      : null,
    values.cityCode ? db.city.findUnique({ where: { code: values.cityCode }, select: { regionCode: true } }) : null,
    values.occupationCode
      ? db.occupation.findUnique({ where: { code: values.occupationCode }, select: { level: true } })
      : null,
  ]);
  if (values.regionCode && region?.countryCode !== values.countryCode)
    errors.regionCode = ["validation.regionNotInCountry"];
  if (values.cityCode && city?.regionCode !== values.regionCode) errors.cityCode = ["validation.cityNotInRegion"];
  if (values.occupationCode && occupation?.level !== 4) errors.occupationCode = ["validation.occupation"];
  return errors;
}
