import { z } from "zod";
import { actionCodesOf } from "./action-catalog";

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());

/** YYYY-MM-DD that is a real day ("2026-13-45" is not: it would reach the database as an invalid date). */
const calendarDate = z
  .string("validation.date")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "validation.date");

/**
 * The audit log's filters, from the URL. Wrong values are refused next to their field (never silently
 * dropped: an administrator must not believe a filter applied when it did not).
 */
export const auditFilterSchema = z.object({
  /** A staff member chosen from the list (user id). */
  actor: optional(z.string("validation.invalid").trim().max(40, "validation.invalid")),
  /** Anyone, by a part of their name or e-mail: their actions and what happened to their account. */
  person: optional(z.string("validation.invalid").trim().max(120, "validation.tooLong")),
  /** An organisation by a part of its name or its BIN/INN: it, its vacancies, invitations and people. */
  organization: optional(z.string("validation.invalid").trim().max(200, "validation.tooLong")),
  /** One action code, or a whole group ("group:vacancy"). */
  action: optional(
    z
      .string("validation.invalid")
      .max(60, "validation.invalid")
      .refine((value) => actionCodesOf(value) !== null, "validation.invalid"),
  ),
  from: optional(calendarDate),
  to: optional(calendarDate),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The filter fields, in the order of the form and of links that keep them. */
export const auditFilterFields = ["actor", "person", "organization", "action", "from", "to"] as const;

/** The page number from the URL (lenient: anything that is not a page number is the first page). */
export const auditPageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export const auditPageSize = 50;
