/**
 * How the audit page names and shows the fields records carry: the label's message key (the vacancy form's
 * own labels for vacancy fields) and the kind of value. A field not listed here is still shown, by its key.
 */
export type FieldKind =
  | { type: "text" | "date" | "datetime" | "money" | "number" | "boolean" | "person" | "rate" | "sections" }
  | { type: "enum" | "list"; messages: string };

const text = { type: "text" } as const;
const datetime = { type: "datetime" } as const;
const boolean = { type: "boolean" } as const;
const number = { type: "number" } as const;
const person = { type: "person" } as const;
const oneOf = (messages: string) => ({ type: "enum", messages }) as const;
const listOf = (messages: string) => ({ type: "list", messages }) as const;

/** Vacancy fields → vacancyForm.<label>: the words the employer saw in the form. */
const vacancyFormLabels: Record<string, string> = {
  title: "title",
  description: "description",
  language: "language",
  occupationCode: "occupation",
  sector: "sector",
  countryCode: "country",
  regionCode: "region",
  cityCode: "city",
  address: "address",
  salaryMin: "salaryMin",
  salaryMax: "salaryMax",
  salaryCurrency: "currency",
  salaryPeriod: "period",
  employmentType: "employmentType",
  contractType: "contractType",
  schedule: "schedule",
  positions: "positions",
  experience: "experience",
  education: "education",
  languages: "languages",
  validThrough: "validThrough",
  housingProvided: "housingProvided",
  mealsProvided: "mealsProvided",
  transportProvided: "transportProvided",
  travelPaidBy: "travelPaidBy",
  housingPaidBy: "housingPaidBy",
  documentsPaidBy: "documentsPaidBy",
  contactName: "contactName",
  contactPhone: "contactPhone",
  contactEmail: "contactEmail",
  contactTelegram: "contactTelegram",
  contactWhatsapp: "contactWhatsapp",
};

/** An organisation's contact fields → employer.organization.<label>, as on its profile form. */
const organizationFormLabels: Record<string, string> = {
  contactPhone: "contactPhone",
  contactEmail: "contactEmail",
  website: "website",
  address: "address",
  description: "description",
};

/** A risk rule's fields → staff.<label>, as on the rules page. */
const ruleFormLabels: Record<string, string> = {
  weight: "ruleWeight",
  pattern: "rulePattern",
  unless: "ruleUnless",
  enabled: "ruleEnabled",
};

/** The label's message key of a field of a record about `entityType`, or null (then the raw key is shown). */
export function fieldLabelKey(entityType: string, field: string, has: (key: string) => boolean): string | null {
  const candidates = [
    entityType === "Vacancy" && vacancyFormLabels[field] ? `vacancyForm.${vacancyFormLabels[field]}` : null,
    entityType === "Organization" && organizationFormLabels[field]
      ? `employer.organization.${organizationFormLabels[field]}`
      : null,
    entityType === "RiskRule" && ruleFormLabels[field] ? `staff.${ruleFormLabels[field]}` : null,
    `staffAudit.field.${field}`,
    vacancyFormLabels[field] ? `vacancyForm.${vacancyFormLabels[field]}` : null,
  ];
  return candidates.find((key): key is string => key !== null && has(key)) ?? null;
}

/** The kind of a field's values; unknown fields are shown as what they are (dates and lists recognised). */
export function fieldKind(entityType: string, field: string): FieldKind | undefined {
  if (entityType === "Report" && field === "status") return oneOf("staff.reportStatus");
  return fieldKinds[field];
}

const fieldKinds: Record<string, FieldKind> = {
  status: oneOf("employer.statusOne"),
  sector: oneOf("sector"),
  countryCode: oneOf("country"),
  language: oneOf("language"),
  languages: listOf("language"),
  salaryMin: { type: "money" },
  salaryMax: { type: "money" },
  salaryCurrency: oneOf("currency"),
  salaryPeriod: oneOf("salaryPeriod"),
  employmentType: oneOf("employmentType"),
  contractType: oneOf("contractType"),
  experience: oneOf("experience"),
  education: oneOf("education"),
  travelPaidBy: oneOf("costBearer"),
  housingPaidBy: oneOf("costBearer"),
  documentsPaidBy: oneOf("costBearer"),
  housingProvided: boolean,
  mealsProvided: boolean,
  transportProvided: boolean,
  openToOtherCountry: boolean,
  noFeeConfirmed: boolean,
  responsesEnabled: boolean,
  isDemo: boolean,
  enabled: boolean,
  structural: boolean,
  positions: number,
  viewCount: number,
  weight: number,
  riskScore: number,
  reporters: number,
  networks: number,
  otherSessionsEnded: number,
  validThrough: { type: "date" },
  effectiveDate: { type: "date" },
  rate: { type: "rate" },
  rejectionCode: oneOf("staff.rejection"),
  requestSections: { type: "sections" },
  riskLevel: oneOf("staff.risk"),
  verificationState: oneOf("verification"),
  kind: oneOf("organizationKind"),
  role: oneOf("staffAudit.role"),
  jurisdictions: listOf("country"),
  audience: oneOf("staffAudit.audience"),
  reason: oneOf("report.reason"),
  userId: person,
  reviewedById: person,
  createdById: person,
  claimedById: person,
  verifiedById: person,
  updatedById: person,
  description: text,
  submittedAt: datetime,
  publishedAt: datetime,
  rejectedAt: datetime,
  closedAt: datetime,
  expiredAt: datetime,
  reportedAt: datetime,
  claimedAt: datetime,
  disabledAt: datetime,
  blockedAt: datetime,
  verifiedAt: datetime,
};
