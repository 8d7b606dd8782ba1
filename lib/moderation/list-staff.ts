import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { staffAccounts } from "@/lib/access/scopes";
import { db } from "@/lib/server/db";
import { pendingStaffInvitations } from "./pending-staff-invitations";

/**
 * Staff accounts (administrators only), each with the last sign-in still on record and, for an invitation
 * nobody has taken up, when its link stops working (null: it already has).
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
      signInSessions: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
      oneTimeTokens: {
        where: { purpose: "PASSWORD_RESET", usedAt: null },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { expiresAt: true },
      },
    },
  });
  const pending = await pendingStaffInvitations(
    db,
    members.filter((member) => !member.disabledAt).map((member) => member.id),
  );
  const now = new Date();
  return members.map(({ signInSessions, oneTimeTokens, ...member }) => {
    const linkExpiresAt = oneTimeTokens[0]?.expiresAt ?? null;
    return {
      ...member,
      lastSignInAt: signInSessions[0]?.createdAt ?? null,
      invitation: pending.has(member.id)
        ? { linkExpiresAt: linkExpiresAt && linkExpiresAt > now ? linkExpiresAt : null }
        : null,
    };
  });
}
export type StaffListMember = Awaited<ReturnType<typeof listStaff>>[number];
