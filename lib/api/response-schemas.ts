import { z } from "zod";
import {
  ContentLanguage,
  ContractType,
  CostBearer,
  CountryCode,
  Currency,
  EducationLevel,
  EmploymentType,
  ExperienceLevel,
  OrganizationKind,
  RegionKind,
  SalaryPeriod,
  Sector,
  VerificationState,
} from "@/lib/generated/prisma/enums";
import { apiErrors, type ApiErrorCode } from "./api-errors";

// The shapes the public API answers with, documented once: the OpenAPI document's components are generated
// from this registry, and the contract test validates real answers against that document.

export const apiSchemas = z.registry<{ id: string }>();
const component = <T extends z.ZodType>(id: string, schema: T): T => {
  apiSchemas.add(schema, { id });
  return schema;
};

const dateTime = z.iso.datetime();
const date = z.iso.date();

export const namesSchema = component(
  "Names",
  z.object({ ru: z.string(), ky: z.string(), kk: z.string(), en: z.string() }).meta({
    description: "A name in the four languages of the portal (Russian where no Kyrgyz or Kazakh one exists yet).",
  }),
);

const coded = (description: string) =>
  z.object({ code: z.string(), name: z.string() }).meta({ description: `${description}; name in \`lang\`.` });

export const salarySchema = component(
  "Salary",
  z
    .object({
      from: z.number().nullable(),
      to: z.number().nullable(),
      currency: z.enum(Currency),
      period: z
        .enum(SalaryPeriod)
        .meta({ description: "What the amounts are paid for: a month, day, hour, shift or piece." }),
    })
    .meta({
      description: "Pay as the employer stated it, before any conversion. At least one of `from` and `to` is set.",
      examples: [{ from: 250_000, to: 350_000, currency: "KZT", period: "MONTH" }],
    }),
);

export const employerRefSchema = component(
  "EmployerReference",
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(OrganizationKind),
    verified: z.boolean().meta({ description: "The portal checked the employer's registration." }),
  }),
);

export const vacancySummarySchema = component(
  "VacancySummary",
  z.object({
    id: z.string(),
    url: z.url().meta({ description: "The vacancy's page, in `lang`." }),
    title: z.string(),
    language: z.enum(ContentLanguage).meta({ description: "Language the employer wrote the vacancy in." }),
    employer: employerRefSchema,
    country: coded("Country of the workplace"),
    region: coded("Region"),
    city: coded("City").nullable(),
    occupation: coded("ISCO-08 unit group"),
    sector: z.enum(Sector),
    employmentType: z.enum(EmploymentType),
    salary: salarySchema.nullable(),
    housingProvided: z.boolean(),
    openToOtherCountry: z.boolean().meta({ description: "Citizens of the other republic may apply." }),
    publishedAt: dateTime,
  }),
);

const costBearer = z.enum(CostBearer);
export const vacancySchema = component(
  "Vacancy",
  vacancySummarySchema.extend({
    description: z.string(),
    address: z.string().nullable(),
    schedule: z.string().nullable(),
    positions: z.number().int(),
    contractType: z.enum(ContractType),
    experience: z.enum(ExperienceLevel),
    education: z.enum(EducationLevel),
    languages: z.array(z.string()).meta({ description: "ISO 639-1 codes of the languages the work needs." }),
    mealsProvided: z.boolean(),
    transportProvided: z.boolean(),
    costs: z
      .object({ travel: costBearer, housing: costBearer, documents: costBearer })
      .meta({ description: "Who pays for moving to the job." }),
    noFeeConfirmed: z.boolean().meta({ description: "The employer confirmed the worker pays no fee or deposit." }),
    responsesEnabled: z.boolean().meta({ description: "Seekers can respond on the portal (at `url`)." }),
    validThrough: dateTime,
  }),
);

export const vacancyListSchema = component(
  "VacancyList",
  z.object({
    items: z.array(vacancySummarySchema),
    total: z.number().int().meta({ description: "Vacancies matching, as of `asOf`." }),
    asOf: dateTime.meta({
      description: "Vacancies published later are not in this listing, so its pages do not shift.",
    }),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last." }),
  }),
);

export const employerSchema = component(
  "Employer",
  z.object({
    id: z.string(),
    url: z.url(),
    name: z.string(),
    kind: z.enum(OrganizationKind),
    country: z.enum(CountryCode),
    registryNumber: z.string().meta({ description: "BIN (Kazakhstan) or INN (Kyrgyzstan)." }),
    agencyLicense: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string().nullable(),
    verification: z.object({ state: z.enum(VerificationState), verifiedAt: dateTime.nullable() }),
    memberSince: dateTime,
    vacancies: z
      .array(z.object({ id: z.string(), title: z.string(), publishedAt: dateTime }))
      .meta({ description: "Its public vacancies, newest first (at most 100)." }),
  }),
);

export const countrySchema = component(
  "Country",
  z.object({ code: z.enum(CountryCode), currency: z.enum(Currency), names: namesSchema }),
);
export const regionSchema = component(
  "Region",
  z.object({
    code: z.string(),
    country: z.enum(CountryCode),
    kind: z.enum(RegionKind).meta({ description: "A region, or a city of republican significance." }),
    names: namesSchema,
  }),
);
export const citySchema = component("City", z.object({ code: z.string(), region: z.string(), names: namesSchema }));
export const occupationSchema = component(
  "OccupationGroup",
  z.object({
    code: z.string(),
    level: z.number().int().min(1).max(4),
    parent: z.string().nullable(),
    names: namesSchema,
  }),
);
export const exchangeRateSchema = component(
  "ExchangeRate",
  z.object({
    base: z.enum(Currency),
    quote: z.enum(Currency),
    rate: z.number().meta({ description: "Units of `quote` for one unit of `base`." }),
    effectiveDate: date,
    source: z.string(),
  }),
);

export const apiErrorSchema = component(
  "Error",
  z.object({
    error: z.object({
      code: z.enum(Object.keys(apiErrors) as [ApiErrorCode, ...ApiErrorCode[]]),
      message: z.string(),
      details: z
        .array(z.object({ parameter: z.string(), message: z.string() }))
        .optional()
        .meta({ description: "For `invalid`: each parameter that was refused and why." }),
    }),
  }),
);

export const listOf = <T extends z.ZodType>(id: string, item: T) => component(id, z.object({ items: z.array(item) }));

export const countryListSchema = listOf("CountryList", countrySchema);
export const regionListSchema = listOf("RegionList", regionSchema);
export const cityListSchema = listOf("CityList", citySchema);
export const occupationListSchema = listOf("OccupationGroupList", occupationSchema);
