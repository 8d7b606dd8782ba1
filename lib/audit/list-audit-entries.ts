import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { db } from "@/lib/server/db";
import { auditChanges } from "./audit-diff";
import { auditWhere } from "./audit-where";
import { parseAuditFilter } from "./parse-audit-filter";
import { resolveAuditSubjects } from "./resolve-audit-subjects";
import { auditPageSchema, auditPageSize } from "./schemas";

/**
 * One page of the audit log, newest first, for administrators: who (by name), what (the action), about what
 * (by name), and the fields it changed. Wrong filters are refused (`invalid`, per field); a page past the
 * end shows the last one.
 */
export async function listAuditEntries(actor: Actor | null, input: unknown, pageInput?: unknown) {
  const administrator = requireAdministrator(actor);
  const filter = parseAuditFilter(input);
  const where = await auditWhere(administrator, filter);
  const total = await db.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / auditPageSize));
  const page = Math.min(auditPageSchema.parse(pageInput), pageCount);
  const rows = await db.auditLog.findMany({
    where,
    // Newest first by the time it happened (rows written in one batch share it: then by insertion).
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * auditPageSize,
    take: auditPageSize,
  });
  const { people, subjectOf } = await resolveAuditSubjects(rows);
  const entries = rows.map((row) => ({
    id: row.id.toString(),
    at: row.at,
    action: row.action,
    actorId: row.actorId,
    actorRole: row.actorRole,
    actor: row.actorId ? (people.get(row.actorId) ?? null) : null,
    subject: subjectOf(row),
    entityType: row.entityType,
    changes: auditChanges(row.before, row.after),
    /** The record's currency, for amounts in its changes. */
    currency: currencyOf(row.after) ?? currencyOf(row.before),
    // "command line" only repeats what the actor line says (actorCommandLine); other notes are shown as written.
    note: row.note === "command line" ? null : row.note,
  }));
  const names = new Map([...people.values()].map((p) => [p.id, p.name ?? p.email]));
  return { filter, page, pageCount, total, entries, names };
}

export type AuditPage = Awaited<ReturnType<typeof listAuditEntries>>;
export type AuditEntryView = AuditPage["entries"][number];

function currencyOf(value: unknown): string | undefined {
  if (!value || typeof value !== "object") return undefined;
  const record = value as { salaryCurrency?: unknown; data?: { salaryCurrency?: unknown } };
  const currency = record.salaryCurrency ?? record.data?.salaryCurrency;
  return typeof currency === "string" ? currency : undefined;
}
