import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { requireAdministrator } from "@/lib/moderation/staff";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional().catch(undefined));

export const auditFilterSchema = z.object({
  action: optional(z.string().trim().max(60)),
  entityType: optional(z.string().trim().max(40)),
  entityId: optional(z.string().trim().max(40)),
  actorId: optional(z.string().trim().max(40)),
  from: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  to: optional(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

function where(filter: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.from || filter.to
      ? {
          at: {
            ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
            ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
}

/** The newest audit records matching the filter (administrators only). */
export async function listAuditEntries(actor: Actor | null, input: unknown, limit = 200) {
  requireAdministrator(actor);
  const filter = auditFilterSchema.parse(input ?? {});
  return db.auditLog.findMany({ where: where(filter), orderBy: { id: "desc" }, take: limit });
}

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  // Quote every cell; neutralise spreadsheet formulas (=, +, -, @) so an export cannot run code in Excel.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
};

/** The matching records as CSV (administrators only; at most 50 000 rows, oldest first). */
export async function exportAuditCsv(actor: Actor | null, input: unknown): Promise<string> {
  requireAdministrator(actor);
  const filter = auditFilterSchema.parse(input ?? {});
  const rows = await db.auditLog.findMany({ where: where(filter), orderBy: { id: "asc" }, take: 50_000 });
  const header = [
    "id",
    "at",
    "actorId",
    "actorRole",
    "action",
    "entityType",
    "entityId",
    "before",
    "after",
    "note",
    "ip",
  ];
  const lines = rows.map((r) =>
    [
      r.id.toString(),
      r.at.toISOString(),
      r.actorId,
      r.actorRole,
      r.action,
      r.entityType,
      r.entityId,
      r.before,
      r.after,
      r.note,
      r.ip,
    ]
      .map(csvCell)
      .join(","),
  );
  return [header.join(","), ...lines].join("\r\n") + "\r\n";
}
