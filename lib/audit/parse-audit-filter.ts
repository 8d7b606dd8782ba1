import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { auditFilterFields, auditFilterSchema, type AuditFilter } from "./schemas";

/** The longest period one search may cover. */
export const maxAuditRangeYears = 10;

const addYears = (day: string, years: number) =>
  `${String(Number(day.slice(0, 4)) + years).padStart(4, "0")}${day.slice(4)}`;

/**
 * The filters from a URL's parameters: only the known ones are read (a query object may carry anything), each
 * checked by the schema, then the period as a whole ("to" not before "from", at most ten years).
 */
export function parseAuditFilter(input: unknown, today = new Date()): AuditFilter {
  const source = (input ?? {}) as Record<string, unknown>;
  const known = Object.fromEntries(
    auditFilterFields.filter((field) => Object.hasOwn(source, field)).map((field) => [field, source[field]]),
  );
  const filter = parseInput(auditFilterSchema, known);
  if (filter.from && filter.to && filter.to < filter.from) throw invalidFields({ to: ["staffAudit.toBeforeFrom"] });
  const end = filter.to ?? today.toISOString().slice(0, 10);
  if (filter.from && filter.from < addYears(end, -maxAuditRangeYears))
    throw invalidFields({ from: ["staffAudit.rangeTooLong"] });
  return filter;
}
