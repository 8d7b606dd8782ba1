import { fieldKind, fieldLabelKey } from "./audit-fields";
import { sectionLabel } from "@/lib/vacancies/sections";
import { isEmptyValue } from "./audit-diff";

/** What formatting needs from the page: its translator (next-intl's t and t.has) and language. */
export type AuditFormatContext = {
  t: (key: string, values?: Record<string, string | number | Date>) => string;
  has: (key: string) => boolean;
  locale: string;
  timeZone: string;
  /** Names of the people the page's records mention, by user id. */
  names: ReadonlyMap<string, string>;
};

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A field's label in the page's language, or its raw key when no catalog names it. */
export function auditFieldLabel(entityType: string, field: string, context: AuditFormatContext) {
  const key = fieldLabelKey(entityType, field, context.has);
  return key ? { text: context.t(key), raw: false } : { text: field, raw: true };
}

function formatDate(value: string, context: AuditFormatContext, withTime: boolean): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  if (withTime)
    return new Intl.DateTimeFormat(context.locale, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: context.timeZone,
    }).format(date);
  // A date-only field is stored as the end of its day in Central Asia (or midnight UTC): name that day.
  const day = new Date(date.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
  return new Intl.DateTimeFormat(context.locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

function formatNumber(value: unknown, context: AuditFormatContext, digits = 2): string {
  const amount = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(amount)) return String(value);
  return new Intl.NumberFormat(context.locale, { maximumFractionDigits: digits }).format(amount);
}

function enumName(messages: string, value: unknown, context: AuditFormatContext): string {
  const key = `${messages}.${String(value)}`;
  return /^[A-Za-z0-9_]+$/.test(String(value)) && context.has(key) ? context.t(key) : String(value);
}

/**
 * One value of a field as the page shows it: names from the catalogs for enumerations, dates and amounts in
 * the page's language, yes/no, lists joined, people by name; "—" for nothing. `currency` is the record's,
 * for amounts.
 */
export function formatAuditValue(
  entityType: string,
  field: string,
  value: unknown,
  context: AuditFormatContext,
  currency?: unknown,
): string {
  if (isEmptyValue(value)) return context.t("staffAudit.diff.empty");
  const kind = fieldKind(entityType, field);
  if (typeof value === "boolean") return context.t(value ? "staffAudit.diff.yes" : "staffAudit.diff.no");
  switch (kind?.type) {
    case "enum":
      return enumName(kind.messages, value, context);
    case "list":
      return (Array.isArray(value) ? value : [value]).map((v) => enumName(kind.messages, v, context)).join(", ");
    case "sections":
      return (Array.isArray(value) ? value : [value])
        .map((v) =>
          Object.hasOwn(sectionLabel, String(v)) ? context.t(`vacancyForm.${sectionLabel[v as "PAY"]}`) : String(v),
        )
        .join(", ");
    case "money": {
      const amount = formatNumber(value, context);
      return typeof currency === "string" && context.has(`currency.${currency}`)
        ? context.t("staffAudit.diff.money", { amount, currency: context.t(`currency.${currency}`) })
        : amount;
    }
    case "rate":
      return formatNumber(value, context, 8);
    case "number":
      return formatNumber(value, context);
    case "date":
      return typeof value === "string" ? formatDate(value, context, false) : String(value);
    case "person":
      return typeof value === "string" ? (context.names.get(value) ?? value) : String(value);
  }
  if (typeof value === "string" && isoDateTime.test(value)) return formatDate(value, context, true);
  if (typeof value === "number") return formatNumber(value, context);
  if (Array.isArray(value))
    return value.map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item))).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
