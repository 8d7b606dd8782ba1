import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { isAppError, type FieldErrors } from "@/lib/server/errors";
import { auditFilterFields, auditFilterSchema, type AuditFilter } from "./schemas";

/** The longest period one search may cover. */
export const maxAuditRangeYears = 10;

const addYears = (day: string, years: number) =>
  `${String(Number(day.slice(0, 4)) + years).padStart(4, "0")}${day.slice(4)}`;
const isDay = (value: unknown): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The period's own problems: "to" before "from", or longer than ten years (to today when "to" is empty). */
function periodErrors(from: unknown, to: unknown, today: Date): FieldErrors {
  if (!isDay(from)) return {};
  if (isDay(to) && to < from) return { to: ["staffAudit.toBeforeFrom"] };
  const end = isDay(to) ? to : today.toISOString().slice(0, 10);
  return from < addYears(end, -maxAuditRangeYears) ? { from: ["staffAudit.rangeTooLong"] } : {};
}

/**
 * The filters from a URL's parameters: only the known ones are read (a query object may carry anything), each
 * checked by the schema, and the period as a whole; every problem is reported at once, next to its field.
 */
export function parseAuditFilter(input: unknown, today = new Date()): AuditFilter {
  const source = (input ?? {}) as Record<string, unknown>;
  const known = Object.fromEntries(
    auditFilterFields.filter((field) => Object.hasOwn(source, field)).map((field) => [field, source[field]]),
  );
  try {
    const filter = parseInput(auditFilterSchema, known);
    const errors = periodErrors(filter.from, filter.to, today);
    if (Object.keys(errors).length) throw invalidFields(errors);
    return filter;
  } catch (error) {
    if (!isAppError(error) || error.code !== "invalid" || !error.fields) throw error;
    const period = periodErrors(known.from, known.to, today);
    const missing = Object.entries(period).filter(([field]) => !error.fields![field]);
    if (!missing.length) throw error;
    throw invalidFields({ ...error.fields, ...Object.fromEntries(missing) });
  }
}
