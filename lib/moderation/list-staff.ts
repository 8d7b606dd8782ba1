import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { staffAccounts } from "@/lib/access/scopes";
import { db } from "@/lib/server/db";
import { pendingStaffInvitations } from "./pending-staff-invitations";

/**
 * Staff accounts (administrators only), each with its last sign-in (from the audit log, which keeps every
 * sign-in; sign-in sessions are pruned a day after they end) and, for an invitation nobody has taken up,
 * when its link stops working (null: it already has).
 */
export async function listStaff(actor: Actor | null) {
  requireAdministrator(actor);
  const members = await db.user.findMany({
    where: staffAccounts,
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      jurisdictions: true,
      disabledAt: true,
      oneTimeTokens: {
        where: { purpose: "PASSWORD_RESET", usedAt: null },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { expiresAt: true },
      },
    },
  });
  const [pending, signIns] = await Promise.all([
    pendingStaffInvitations(
      db,
      members.filter((member) => !member.disabledAt).map((member) => member.id),
    ),
    db.auditLog.groupBy({
      by: ["entityId"],
      where: { entityType: "User", entityId: { in: members.map((member) => member.id) }, action: "auth.sign_in" },
      _max: { at: true },
    }),
  ]);
  const lastSignIn = new Map(signIns.map((row) => [row.entityId, row._max.at]));
  const now = new Date();
  return members.map(({ oneTimeTokens, ...member }) => {
    const linkExpiresAt = oneTimeTokens[0]?.expiresAt ?? null;
    return {
      ...member,
      lastSignInAt: lastSignIn.get(member.id) ?? null,
      invitation: pending.has(member.id)
        ? { linkExpiresAt: linkExpiresAt && linkExpiresAt > now ? linkExpiresAt : null }
        : null,
    };
  });
}
export type StaffListMember = Awaited<ReturnType<typeof listStaff>>[number];
