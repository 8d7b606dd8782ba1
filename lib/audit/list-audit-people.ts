import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { staffRoles } from "@/lib/access/roles";
import { db } from "@/lib/server/db";

/** The ministry's staff, by name, for the audit log's person filter (administrators only). */
export async function listAuditPeople(actor: Actor | null) {
  requireAdministrator(actor);
  return db.user.findMany({
    where: { role: { in: [...staffRoles] } },
    select: { id: true, name: true, email: true, role: true, disabledAt: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    take: 500,
  });
}
