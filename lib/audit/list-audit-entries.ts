import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { db } from "@/lib/server/db";
import { auditWhere } from "./audit-where";
import { auditFilterSchema } from "./schemas";

/** The newest audit records matching the filter (administrators only). */
export async function listAuditEntries(actor: Actor | null, input: unknown, limit = 200) {
  const administrator = requireAdministrator(actor);
  const filter = auditFilterSchema.parse(input ?? {});
  return db.auditLog.findMany({ where: auditWhere(administrator, filter), orderBy: { id: "desc" }, take: limit });
}
