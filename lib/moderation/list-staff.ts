import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { staffAccounts } from "@/lib/access/scopes";
import { db } from "@/lib/server/db";

/** Staff accounts (administrators only). */
export async function listStaff(actor: Actor | null) {
  requireAdministrator(actor);
  return db.user.findMany({
    where: staffAccounts,
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, jurisdictions: true, disabledAt: true },
  });
}
