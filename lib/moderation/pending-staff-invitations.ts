import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Pick<Prisma.TransactionClient, "auditLog" | "signInSession">;

/**
 * Which of these staff accounts are invitations nobody has taken up: created by an administrator (not the
 * command line, whose accounts start with a known password) and never used since. An invited person can only
 * get in through the mailed link, and using it writes "user.password_reset" with them as the actor; so an
 * account that never acted in the audit log and has no sign-in session never got in. (Sign-in sessions are
 * pruned a day after they end; the audit log is kept, which is why it decides.)
 */
export async function pendingStaffInvitations(client: Client, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const [invited, acted, signedIn] = await Promise.all([
    client.auditLog.findMany({
      where: { action: "staff.created", entityType: "User", entityId: { in: userIds }, actorId: { not: null } },
      select: { entityId: true },
    }),
    client.auditLog.groupBy({ by: ["actorId"], where: { actorId: { in: userIds } } }),
    client.signInSession.groupBy({ by: ["userId"], where: { userId: { in: userIds } } }),
  ]);
  const used = new Set([...acted.map((row) => row.actorId), ...signedIn.map((row) => row.userId)]);
  return new Set(invited.map((row) => row.entityId).filter((id) => !used.has(id)));
}
