import { z } from "zod";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional().catch(undefined));

/** The audit log's filters, from the URL (lenient: a malformed value is dropped, the page still renders). */
export const auditFilterSchema = z.object({
  action: optional(z.string().trim().max(60)),
  entityType: optional(z.string().trim().max(40)),
  entityId: optional(z.string().trim().max(40)),
  actorId: optional(z.string().trim().max(40)),
  from: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  to: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
