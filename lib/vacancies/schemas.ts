import { z } from "zod";
import { checkbox } from "@/lib/forms/checkbox";
import { errorWithValues } from "@/lib/forms/field-errors";
import {
  ContentLanguage,
  ContractType,
  CostBearer,
  CountryCode,
  Currency,
  EducationLevel,
  EmploymentType,
  ExperienceLevel,
  SalaryPeriod,
  Sector,
} from "@/lib/generated/prisma/enums";

export const countryCodes = Object.values(CountryCode);
export const sectors = Object.values(Sector);

export const vacancyIdSchema = z.string().regex(/^[a-z0-9]{20,32}$/);

/** Extending a published or expired vacancy: the new valid-through day. */
export const renewSchema = z.object({
  validThrough: z.string("validation.date").regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date"),
});

// One schema for the vacancy form: the browser runs it before sending, the server runs it again.
// A draft may be incomplete, even empty; a submission needs everything a seeker relies on.
// Messages are keys into messages/*.json → validation.*.

export const workerLanguages = ["ru", "ky", "kk", "en", "uz", "tg"] as const;
export const maxValidityDays = 90;

/** Sanity bounds per period and currency: what a real wage can be, not a legal minimum. */
export const salaryBounds: Record<SalaryPeriod, Record<Currency, [min: number, max: number]>> = {
  MONTH: { KGS: [2_000, 1_500_000], KZT: [20_000, 10_000_000] },
  DAY: { KGS: [200, 60_000], KZT: [1_500, 400_000] },
  SHIFT: { KGS: [200, 60_000], KZT: [1_500, 400_000] },
  HOUR: { KGS: [30, 8_000], KZT: [200, 50_000] },
  PIECE: { KGS: [0.1, 50_000], KZT: [1, 300_000] },
};

/** "required" when the value is missing, the given key when it is there but wrong. */
const missingOr = (key: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "validation.required" : key;
const empty = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");
const optionalString = (max: number) =>
  z.preprocess((v) => (empty(v) ? undefined : v), z.string().trim().max(max, "validation.tooLong").optional());
const amount = z.preprocess(
  (v) => (empty(v) ? undefined : typeof v === "string" ? Number(v.replace(/\s/g, "").replace(",", ".")) : v),
  z
    .number({ error: missingOr("validation.number") })
    .positive("validation.positive")
    .max(100_000_000, "validation.salaryImplausible")
    .optional(),
);
const choice = <T extends Record<string, string>>(values: T) =>
  z.preprocess((v) => (empty(v) ? undefined : v), z.enum(values, "validation.required"));
const dateOnly = z.preprocess(
  (v) => (empty(v) ? undefined : v),
  z
    .string({ error: missingOr("validation.date") })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "validation.date"),
);

const fields = {
  title: z
    .string({ error: "validation.required" })
    .trim()
    .min(3, "validation.titleTooShort")
    .max(150, "validation.tooLong"),
  description: z.preprocess(
    (v) => (empty(v) ? undefined : v),
    z
      .string({ error: missingOr("validation.invalid") })
      .trim()
      .min(80, "validation.descriptionTooShort")
      .max(10_000, "validation.tooLong"),
  ),
  language: choice(ContentLanguage),
  occupationCode: z.preprocess(
    (v) => (empty(v) ? undefined : v),
    z.string({ error: missingOr("validation.occupation") }).regex(/^\d{4}$/, "validation.occupation"),
  ),
  sector: choice(Sector),
  countryCode: choice(CountryCode),
  regionCode: z.preprocess(
    (v) => (empty(v) ? undefined : v),
    z.string({ error: missingOr("validation.invalid") }).regex(/^K[GZ]-[A-Z0-9]{1,3}$/, "validation.invalid"),
  ),
  cityCode: optionalString(40),
  address: optionalString(200),
  salaryMin: amount,
  salaryMax: amount,
  salaryCurrency: choice(Currency),
  salaryPeriod: choice(SalaryPeriod),
  employmentType: choice(EmploymentType),
  contractType: choice(ContractType),
  schedule: optionalString(200),
  experience: choice(ExperienceLevel),
  education: choice(EducationLevel),
  languages: z.preprocess(
    (v) => (empty(v) ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(workerLanguages, "validation.invalid")).max(workerLanguages.length),
  ),
  positions: z.preprocess(
    (v) => (empty(v) ? undefined : Number(v)),
    z
      .number({ error: missingOr("validation.number") })
      .int("validation.wholeNumber")
      .min(1, "validation.positive")
      .max(1000, "validation.tooMany"),
  ),
  housingProvided: checkbox,
  mealsProvided: checkbox,
  transportProvided: checkbox,
  travelPaidBy: choice(CostBearer),
  housingPaidBy: choice(CostBearer),
  documentsPaidBy: choice(CostBearer),
  openToOtherCountry: checkbox,
  noFeeConfirmed: checkbox,
  /** Seekers may respond through the portal (the form shows the box ticked for a new vacancy). */
  responsesEnabled: checkbox,
  contactName: optionalString(120),
  contactPhone: z.preprocess(
    (v) => (empty(v) ? undefined : v),
    z
      .string()
      .trim()
      .regex(/^\+?[\d\s()-]{7,22}$/, "validation.phone")
      .optional(),
  ),
  contactEmail: z.preprocess(
    (v) => (empty(v) ? undefined : v),
    z.email("validation.email").max(254, "validation.tooLong").optional(),
  ),
  contactTelegram: optionalString(64),
  contactWhatsapp: optionalString(32),
  validThrough: dateOnly,
};

type Issue = { path: string; message: string };

function salaryIssues(v: {
  salaryMin?: number;
  salaryMax?: number;
  salaryPeriod?: SalaryPeriod;
  salaryCurrency?: Currency;
}): Issue[] {
  const issues: Issue[] = [];
  if (typeof v.salaryMin === "number" && typeof v.salaryMax === "number" && v.salaryMin > v.salaryMax)
    issues.push({ path: "salaryMax", message: "validation.salaryMinAboveMax" });
  const bounds = v.salaryPeriod && v.salaryCurrency ? salaryBounds[v.salaryPeriod]?.[v.salaryCurrency] : undefined;
  if (bounds) {
    const [low, high] = bounds;
    for (const key of ["salaryMin", "salaryMax"] as const) {
      const value = v[key];
      if (typeof value === "number" && (value < low || value > high))
        issues.push({
          path: key,
          message: errorWithValues("validation.salaryOutOfRange", {
            min: low,
            max: high,
            currency: v.salaryCurrency!,
            period: v.salaryPeriod!,
          }),
        });
    }
  }
  return issues;
}

function validThroughIssues(validThrough: unknown, today: Date): Issue[] {
  if (typeof validThrough !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(validThrough)) return [];
  const date = Date.parse(`${validThrough}T23:59:59Z`);
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (date < start) return [{ path: "validThrough", message: "validation.dateInPast" }];
  if (date > start + (maxValidityDays + 1) * 86_400_000)
    return [{ path: "validThrough", message: "validation.dateTooFar" }];
  return [];
}

/**
 * A draft keeps what was typed: nothing is required, and the checks that protect seekers (lengths at least,
 * plausible pay, a phone or e-mail that works, dates in range) wait for "submit". What a draft cannot skip
 * is what storing it needs: numbers that are numbers, known choices, dates that are dates, length limits.
 */
const draftFields = {
  ...fields,
  title: optionalString(150),
  description: optionalString(10_000),
  contactPhone: optionalString(40),
  contactEmail: optionalString(254),
};
/** Every field optional, an empty one (as the browser sends an untouched field) included. */
function emptyMeansAbsent<T extends Record<string, z.ZodType>>(shape: T) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [
      key,
      z.preprocess((v) => (empty(v) ? undefined : v), field.optional()),
    ]),
  ) as unknown as { [K in keyof T]: z.ZodOptional<T[K]> };
}
const draftObject = z.object(emptyMeansAbsent(draftFields));
const submitObject = z.object(fields);
// Cross-field checks run even when some fields are missing, so the form shows every problem at once.
const always = { when: () => true };

export const vacancyDraftSchema = draftObject;

/** A submission: everything mandatory, pay stated, the fair-recruitment confirmation given, a way to apply. */
export const vacancySubmitSchema = submitObject.superRefine((v, ctx) => {
  const issues = [...salaryIssues(v), ...validThroughIssues(v.validThrough, new Date())];
  if (typeof v.salaryMin !== "number") issues.push({ path: "salaryMin", message: "validation.salaryRequired" });
  if (!v.noFeeConfirmed) issues.push({ path: "noFeeConfirmed", message: "validation.noFeeRequired" });
  if (!v.contactPhone && !v.contactEmail) issues.push({ path: "contactPhone", message: "validation.contactRequired" });
  if (v.housingProvided && v.housingPaidBy === "NOT_APPLICABLE")
    issues.push({ path: "housingPaidBy", message: "validation.housingPayer" });
  for (const issue of issues) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
}, always);

export type VacancyDraftInput = z.infer<typeof vacancyDraftSchema>;
export type VacancySubmitInput = z.infer<typeof vacancySubmitSchema>;
export type VacancyIntent = "draft" | "submit";

export function schemaFor(intent: VacancyIntent) {
  return intent === "submit" ? vacancySubmitSchema : vacancyDraftSchema;
}

/** Fields a vacancy form may set. Anything else in a request (status, organizationId, ids) is ignored. */
export const vacancyFormFields = Object.keys(fields) as (keyof typeof fields)[];
