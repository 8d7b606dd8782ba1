import type { JobPosting, MonetaryAmount, WithContext } from "schema-dts";
import type {
  ContractType,
  CountryCode,
  Currency,
  EducationLevel,
  EmploymentType,
  ExperienceLevel,
  SalaryPeriod,
} from "@/lib/generated/prisma/enums";
import { localizedName, type Named } from "@/lib/i18n/localized-name";
import { toAmount } from "@/lib/money/convert";
import { plainTextToHtml } from "./plain-text";

// schema.org JobPosting for a published vacancy (Google's job search reads it). Pure: the page hands in the
// vacancy and the absolute URLs; the <script> element is components/seo/json-ld.tsx. See docs/decisions/0017.

type Amount = { toNumber(): number } | number | null;

/** The vacancy fields the posting is made of (what getPublishedVacancy returns has them all). */
export type JobPostingSource = {
  id: string;
  title: string;
  description: string;
  publishedAt: Date | null;
  createdAt: Date;
  validThrough: Date;
  employmentType: EmploymentType;
  contractType: ContractType;
  salaryMin: Amount;
  salaryMax: Amount;
  salaryCurrency: Currency;
  salaryPeriod: SalaryPeriod;
  countryCode: CountryCode;
  openToOtherCountry: boolean;
  address: string | null;
  positions: number;
  experience: ExperienceLevel;
  education: EducationLevel;
  region: Named & { kind: "REGION" | "CITY" };
  city: Named | null;
  occupation: Named & { code: string };
  organization: { legalName: string };
};

export type JobPostingContext = {
  locale: string;
  /** Absolute URL of this vacancy page */
  pageUrl: string;
  /** Absolute URL of the employer's public page (/<locale>/employers/<organizationId>) */
  employerUrl: string;
  /** The portal's name: the namespace of `identifier` */
  siteName: string;
  /** The vacancy's sector in the page's language */
  industry: string;
};

// Google's values: FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER.
// Seasonal work is temporary; a rotation (вахта) is full-time work in blocks of weeks.
const employmentTypes: Record<EmploymentType, string> = {
  FULL_TIME: "FULL_TIME",
  PART_TIME: "PART_TIME",
  SEASONAL: "TEMPORARY",
  TEMPORARY: "TEMPORARY",
  ROTATIONAL: "FULL_TIME",
};
// The contract adds what the hours do not say: a fixed term is temporary, a civil-law contract is a contractor's.
const contractEmploymentTypes: Record<ContractType, string | null> = {
  EMPLOYMENT_PERMANENT: null,
  EMPLOYMENT_FIXED_TERM: "TEMPORARY",
  SEASONAL: "TEMPORARY",
  CIVIL_LAW: "CONTRACTOR",
};

// Google's unitText: HOUR, DAY, WEEK, MONTH, YEAR. A shift is a day's work; a piece rate has no time unit.
const salaryUnits: Record<SalaryPeriod, "HOUR" | "DAY" | "MONTH" | null> = {
  MONTH: "MONTH",
  DAY: "DAY",
  HOUR: "HOUR",
  SHIFT: "DAY",
  PIECE: null,
};

// Google's credentialCategory values; "среднее профессиональное" is a vocational certificate.
const credentialCategories: Record<Exclude<EducationLevel, "NONE">, string> = {
  SECONDARY: "high school",
  VOCATIONAL: "professional certificate",
  HIGHER: "bachelor degree",
};

// Minimum months of experience. "Up to a year" has no minimum worth stating, so it is left out.
const experienceMonths: Record<Exclude<ExperienceLevel, "NONE" | "UP_TO_ONE">, number> = {
  ONE_TO_THREE: 12,
  THREE_TO_SIX: 36,
  OVER_SIX: 72,
};

const otherCountry = (code: CountryCode): CountryCode => (code === "KG" ? "KZ" : "KG");

export function jobPostingEmploymentType(employment: EmploymentType, contract: ContractType): string | string[] {
  const types = [...new Set([employmentTypes[employment], contractEmploymentTypes[contract]])].filter(
    (type): type is string => type !== null,
  );
  return types.length === 1 ? types[0]! : types;
}

/** Pay as a MonetaryAmount; undefined when no amount is stated or the period is not a unit of time. */
export function jobPostingBaseSalary(
  source: Pick<JobPostingSource, "salaryMin" | "salaryMax" | "salaryCurrency" | "salaryPeriod">,
): MonetaryAmount | undefined {
  const unitText = salaryUnits[source.salaryPeriod];
  const min = toAmount(source.salaryMin);
  const max = toAmount(source.salaryMax);
  if (!unitText || (min === null && max === null)) return undefined;
  const range =
    min !== null && max !== null && min === max
      ? { value: min }
      : { ...(min !== null && { minValue: min }), ...(max !== null && { maxValue: max }) };
  return {
    "@type": "MonetaryAmount",
    currency: source.salaryCurrency,
    value: { "@type": "QuantitativeValue", ...range, unitText },
  };
}

export function jobPostingJsonLd(vacancy: JobPostingSource, context: JobPostingContext): WithContext<JobPosting> {
  const { locale } = context;
  const region = localizedName(vacancy.region, locale);
  const locality = vacancy.city
    ? localizedName(vacancy.city, locale)
    : vacancy.region.kind === "CITY"
      ? region
      : undefined;
  const baseSalary = jobPostingBaseSalary(vacancy);
  const months = vacancy.experience in experienceMonths ? experienceMonths[vacancy.experience as "OVER_SIX"] : null;

  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: vacancy.title,
    description: plainTextToHtml(vacancy.description),
    url: context.pageUrl,
    identifier: { "@type": "PropertyValue", name: context.siteName, value: vacancy.id },
    datePosted: (vacancy.publishedAt ?? vacancy.createdAt).toISOString(),
    validThrough: vacancy.validThrough.toISOString(),
    employmentType: jobPostingEmploymentType(vacancy.employmentType, vacancy.contractType),
    hiringOrganization: { "@type": "Organization", name: vacancy.organization.legalName, sameAs: context.employerUrl },
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        ...(vacancy.address && { streetAddress: vacancy.address }),
        ...(locality && { addressLocality: locality }),
        addressRegion: region,
        addressCountry: vacancy.countryCode,
      },
    },
    // Citizens of both republics may apply from home (EAEU: no work permit): the other republic joins the job's own.
    ...(vacancy.openToOtherCountry && {
      applicantLocationRequirements: [vacancy.countryCode, otherCountry(vacancy.countryCode)].map((name) => ({
        "@type": "Country" as const,
        name,
      })),
    }),
    ...(baseSalary && { baseSalary }),
    directApply: true,
    totalJobOpenings: vacancy.positions,
    industry: context.industry,
    occupationalCategory: {
      "@type": "CategoryCode",
      codeValue: vacancy.occupation.code,
      name: localizedName(vacancy.occupation, locale),
      inCodeSet: { "@type": "CategoryCodeSet", name: "ISCO-08" },
    },
    experienceRequirements:
      vacancy.experience === "NONE"
        ? "no requirements"
        : months === null
          ? undefined
          : { "@type": "OccupationalExperienceRequirements", monthsOfExperience: months },
    educationRequirements:
      vacancy.education === "NONE"
        ? "no requirements"
        : { "@type": "EducationalOccupationalCredential", credentialCategory: credentialCategories[vacancy.education] },
  };
}
