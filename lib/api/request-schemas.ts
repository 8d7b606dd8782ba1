import { z } from "zod";
import { CountryCode, Currency, EmploymentType, Sector } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/routing";
import { postedWithinChoices, sortOrders } from "@/lib/search/query";

// What the public API accepts. Strict, unlike the search page: a page drops a value it cannot read and
// still shows vacancies, but a program that sends `country=KX` or `limt=50` must be told, or it would
// silently publish the wrong data. The OpenAPI document's parameters are generated from these schemas; their
// descriptions are catalog texts (`api.parameters.*`), so the reference page has them in four languages.

export const maxApiPageSize = 100;
/** How deep a listing can be paged (offset + page size); see docs/decisions/0025-public-api.md. */
export const maxApiListDepth = 10_000;

const yesNo = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

const languageParameter = z.enum(locales).default("ru");

export const vacancyListQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(100).optional(),
  country: z.enum(CountryCode).optional(),
  region: z
    .string()
    .regex(/^K[GZ]-[A-Z0-9]{1,3}$/)
    .optional()
    .meta({ examples: ["KZ-75"] }),
  city: z
    .string()
    .regex(/^K[GZ]-[A-Z0-9]{1,3}-[A-Z0-9-]{2,30}$/)
    .optional(),
  occupation: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .meta({ examples: ["8322"] }),
  group: z.string().regex(/^\d$/).optional(),
  sector: z.enum(Sector).optional(),
  type: z.enum(EmploymentType).optional(),
  pay: z.coerce.number().int().positive().max(100_000_000).optional(),
  currency: z.enum(Currency).optional(),
  housing: yesNo.optional(),
  open: yesNo.optional(),
  verified: yesNo.optional(),
  noAgencies: yesNo.optional(),
  days: z
    .enum(postedWithinChoices.map(String) as [string, ...string[]])
    .transform(Number)
    .optional(),
  sort: z.enum(sortOrders).default("relevance"),
  limit: z.coerce.number().int().min(1).max(maxApiPageSize).default(20),
  cursor: z.string().max(400).optional(),
  lang: languageParameter,
});
export type VacancyListQuery = z.infer<typeof vacancyListQuerySchema>;

export const languageQuerySchema = z.strictObject({ lang: languageParameter });

export const regionsQuerySchema = z.strictObject({
  country: z.enum(CountryCode).optional(),
});

export const citiesQuerySchema = z.strictObject({
  country: z.enum(CountryCode).optional(),
  region: z
    .string()
    .regex(/^K[GZ]-[A-Z0-9]{1,3}$/)
    .optional(),
});

export const occupationsQuerySchema = z.strictObject({
  level: z.coerce.number().int().min(1).max(4).optional(),
  parent: z
    .string()
    .regex(/^\d{1,3}$/)
    .optional(),
});

export const entityIdSchema = z
  .string()
  .regex(/^[a-z0-9]{20,32}$/)
  .meta({ examples: ["cmabc123def456ghi789jkl0"] });

/** For endpoints without parameters: any parameter is a mistake worth telling. */
export const noQuerySchema = z.strictObject({});
