// A vacancy form field as a moderator reads it in a diff: its label in the UI language and its value
// formatted (money, dates, choices by name, places and occupations by name, yes/no). Pure: the page
// passes its translator, formatter and the names of the codes involved.

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Format = {
  number: (value: number, options?: { maximumFractionDigits?: number }) => string;
  dateTime: (value: Date, options?: { dateStyle?: "long"; timeZone?: string }) => string;
  list: (value: Iterable<string>) => string;
};

/** The catalog key of each field's label (the vacancy form's own labels). */
const labelKey: Record<string, string> = {
  salaryCurrency: "vacancyForm.currency",
  salaryPeriod: "vacancyForm.period",
  regionCode: "vacancyForm.region",
  cityCode: "vacancyForm.city",
  occupationCode: "vacancyForm.occupation",
  countryCode: "vacancyForm.country",
};

/** Fields whose values are choices with a name in a catalog namespace. */
const choiceNamespace: Record<string, string> = {
  sector: "sector",
  employmentType: "employmentType",
  contractType: "contractType",
  experience: "experience",
  education: "education",
  travelPaidBy: "costBearer",
  housingPaidBy: "costBearer",
  documentsPaidBy: "costBearer",
  salaryPeriod: "salaryPeriod",
  salaryCurrency: "currency",
  language: "language",
  countryCode: "country",
};

const yesNoFields = new Set([
  "housingProvided",
  "mealsProvided",
  "transportProvided",
  "openToOtherCountry",
  "noFeeConfirmed",
  "responsesEnabled",
]);

export function vacancyFieldLabel(field: string, t: Translate & { has?: (key: string) => boolean }): string {
  const key = labelKey[field] ?? `vacancyForm.${field}`;
  return t.has && !t.has(key) ? field : t(key);
}

export function vacancyFieldValue(
  field: string,
  value: unknown,
  context: {
    t: Translate;
    format: Format;
    /** Localized names of region, city and occupation codes */
    names: ReadonlyMap<string, string>;
    /** The currency of the same version (for salary amounts) */
    currency?: unknown;
  },
): string {
  const { t, format, names } = context;
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
    return yesNoFields.has(field) ? t("staff.no") : "—";
  }
  if (yesNoFields.has(field))
    return value === true || value === "true" || value === "on" ? t("staff.yes") : t("staff.no");
  if (field === "salaryMin" || field === "salaryMax") {
    const amount = format.number(Number(value), { maximumFractionDigits: 2 });
    return typeof context.currency === "string" ? `${amount} ${t(`currency.${context.currency}`)}` : amount;
  }
  if (field === "positions") return format.number(Number(value));
  if (field === "validThrough" && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return format.dateTime(new Date(`${value}T12:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  }
  if (field === "languages" && Array.isArray(value)) {
    return format.list(value.map((code) => t(`language.${String(code)}`)));
  }
  if (field === "regionCode" || field === "cityCode" || field === "occupationCode") {
    const name = names.get(String(value));
    return name ? (field === "occupationCode" ? `${name} (${String(value)})` : name) : String(value);
  }
  const namespace = choiceNamespace[field];
  if (namespace) return t(`${namespace}.${String(value)}`);
  return Array.isArray(value) ? value.map(String).join(", ") : String(value);
}
