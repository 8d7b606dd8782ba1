import "server-only";
import type { z } from "zod";
import type { SalaryPeriod } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import type { placeNames } from "@/lib/reference/place-names";
import type { SearchHit } from "@/lib/search/port";
import { absoluteUrl } from "@/lib/server/urls";
import type { PublishedVacancy } from "@/lib/vacancies/get-published-vacancy";
import { coded } from "./api-names";
import type { vacancySchema, vacancySummarySchema } from "./response-schemas";

type Names = Awaited<ReturnType<typeof placeNames>>;
type Summary = z.infer<typeof vacancySummarySchema>;

// A vacancy as the public API shows it. Contacts are left out on purpose (docs/decisions/0025): the page at
// `url` shows them to a person; a bulk export of phone numbers would feed spam and the recruiters the portal
// exists to keep out.

function salaryOf(v: {
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: "KGS" | "KZT";
  salaryPeriod: SalaryPeriod;
}): Summary["salary"] {
  if (v.salaryMin === null && v.salaryMax === null) return null;
  return { from: v.salaryMin, to: v.salaryMax, currency: v.salaryCurrency, period: v.salaryPeriod };
}

export function vacancySummaryJson(hit: SearchHit & { organizationId: string }, names: Names, lang: Locale): Summary {
  return {
    id: hit.id,
    url: absoluteUrl(`/${lang}/vacancies/${hit.id}`),
    title: hit.title,
    language: hit.language as Summary["language"],
    employer: {
      id: hit.organizationId,
      name: hit.organizationName,
      kind: hit.organizationKind,
      verified: hit.verified,
    },
    country: coded(hit.countryCode, names.countries, lang),
    region: coded(hit.regionCode, names.regions, lang),
    city: hit.cityCode ? coded(hit.cityCode, names.cities, lang) : null,
    occupation: coded(hit.occupationCode, names.occupations, lang),
    sector: hit.sector as Summary["sector"],
    employmentType: hit.employmentType as Summary["employmentType"],
    salary: salaryOf(hit),
    housingProvided: hit.housingProvided,
    openToOtherCountry: hit.openToOtherCountry,
    publishedAt: hit.publishedAt.toISOString(),
  };
}

export function vacancyJson(vacancy: PublishedVacancy, names: Names, lang: Locale): z.infer<typeof vacancySchema> {
  const summary = vacancySummaryJson(
    {
      id: vacancy.id,
      title: vacancy.title,
      language: vacancy.language,
      organizationId: vacancy.organization.id,
      organizationName: vacancy.organization.legalName,
      organizationKind: vacancy.organization.kind,
      verified: vacancy.organization.verificationState === "VERIFIED",
      countryCode: vacancy.countryCode,
      regionCode: vacancy.region.code,
      cityCode: vacancy.city?.code ?? null,
      occupationCode: vacancy.occupation.code,
      sector: vacancy.sector,
      employmentType: vacancy.employmentType,
      salaryMin: vacancy.salaryMin === null ? null : vacancy.salaryMin.toNumber(),
      salaryMax: vacancy.salaryMax === null ? null : vacancy.salaryMax.toNumber(),
      salaryCurrency: vacancy.salaryCurrency,
      salaryPeriod: vacancy.salaryPeriod,
      housingProvided: vacancy.housingProvided,
      openToOtherCountry: vacancy.openToOtherCountry,
      publishedAt: vacancy.publishedAt ?? vacancy.updatedAt,
    },
    names,
    lang,
  );
  return {
    ...summary,
    description: vacancy.description,
    address: vacancy.address,
    schedule: vacancy.schedule,
    positions: vacancy.positions,
    contractType: vacancy.contractType,
    experience: vacancy.experience,
    education: vacancy.education,
    languages: vacancy.languages,
    mealsProvided: vacancy.mealsProvided,
    transportProvided: vacancy.transportProvided,
    costs: { travel: vacancy.travelPaidBy, housing: vacancy.housingPaidBy, documents: vacancy.documentsPaidBy },
    noFeeConfirmed: vacancy.noFeeConfirmed,
    responsesEnabled: vacancy.responsesEnabled,
    validThrough: vacancy.validThrough.toISOString(),
  };
}
