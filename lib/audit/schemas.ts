import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional().catch(undefined));

/** YYYY-MM-DD that is a real day ("2026-13-45" is not: it would reach the database as an invalid date). */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  });

/** The audit log's filters, from the URL (lenient: a malformed value is dropped, the page still renders). */
export const auditFilterSchema = z.object({
  action: optional(z.string().trim().max(60)),
  entityType: optional(z.string().trim().max(40)),
  entityId: optional(z.string().trim().max(40)),
  actorId: optional(z.string().trim().max(40)),
  from: optional(calendarDate),
  to: optional(calendarDate),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
