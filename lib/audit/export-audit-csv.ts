import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { db } from "@/lib/server/db";
import { auditWhere } from "./audit-where";
import { parseAuditFilter } from "./parse-audit-filter";

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

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value);
  // Quote every cell; neutralise spreadsheet formulas (=, +, -, @) so an export cannot run code in Excel.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The matching records as CSV, with the page's filters (administrators only; at most 50 000 rows, oldest first). */
export async function exportAuditCsv(actor: Actor | null, input: unknown): Promise<string> {
  const administrator = requireAdministrator(actor);
  const filter = parseAuditFilter(input);
  const rows = await db.auditLog.findMany({
    where: await auditWhere(administrator, filter),
    orderBy: { id: "asc" },
    take: 50_000,
  });
  const lines = rows.map((r) =>
    [r.id.toString(), r.at.toISOString(), r.actorId, r.actorRole, r.action, r.entityType, r.entityId]
      .concat([r.before, r.after, r.note, r.ip] as never[])
      .map(csvCell)
      .join(","),
  );
  return [header.join(","), ...lines].join("\r\n") + "\r\n";
}
