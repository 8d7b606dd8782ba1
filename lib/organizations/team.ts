import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireOwner } from "@/lib/access/require";
import { parseInput } from "@/lib/forms/parse-input";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { membershipTargetSchema } from "./schemas";

// The team of an organisation: one owner, any number of members. Only the owner changes the team, and
// each change checks inside its transaction that the actor is still the owner (a second tab, or an owner
// who just handed over ownership, cannot act on a stale page).

async function lockOwnMembership(tx: Prisma.TransactionClient, owner: { userId: string; organizationId: string }) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership"
    WHERE "userId" = ${owner.userId} AND "organizationId" = ${owner.organizationId} AND role = 'OWNER'
    FOR UPDATE`;
  if (rows.length === 0) throw new AppError("forbidden");
  return rows[0]!.id;
}

/**
 * The owner removes a member: the membership goes, the person's sessions end (their session version is
 * bumped) and their notifications of this organisation are deleted. The owner cannot be removed.
 */
export async function removeMember(actor: Actor | null, input: unknown): Promise<void> {
  const owner = requireOwner(actor);
  const { membershipId } = parseInput(membershipTargetSchema, input);
  await db.$transaction(async (tx) => {
    await lockOwnMembership(tx, owner);
    const member = await tx.membership.findFirst({
      where: { id: membershipId, organizationId: owner.organizationId, role: "MEMBER" },
      select: { id: true, userId: true, user: { select: { email: true } } },
    });
    if (!member) throw new AppError("not_found");
    await tx.membership.delete({ where: { id: member.id } });
    await tx.notification.deleteMany({ where: { userId: member.userId, organizationId: owner.organizationId } });
    await tx.user.update({ where: { id: member.userId }, data: { sessionVersion: { increment: 1 } } });
    await writeAudit(tx, {
      actor: owner,
      action: "organization.member_removed",
      entityType: "Organization",
      entityId: owner.organizationId,
      before: { userId: member.userId, email: member.user.email, role: "MEMBER" },
    });
  });
}

/**
 * The owner hands ownership to a member whose address is confirmed and whose account is active; the
 * former owner stays as a member. Exactly one owner before and after.
 */
export async function transferOwnership(actor: Actor | null, input: unknown): Promise<void> {
  const owner = requireOwner(actor);
  const { membershipId } = parseInput(membershipTargetSchema, input);
  await db.$transaction(async (tx) => {
    const ownMembershipId = await lockOwnMembership(tx, owner);
    const promoted = await tx.membership.updateMany({
      where: {
        id: membershipId,
        organizationId: owner.organizationId,
        role: "MEMBER",
        user: { disabledAt: null, emailVerified: { not: null } },
      },
      data: { role: "OWNER" },
    });
    if (promoted.count === 0) throw new AppError("not_found");
    await tx.membership.update({ where: { id: ownMembershipId }, data: { role: "MEMBER" } });
    await writeAudit(tx, {
      actor: owner,
      action: "organization.ownership_transferred",
      entityType: "Organization",
      entityId: owner.organizationId,
      before: { ownerMembershipId: ownMembershipId },
      after: { ownerMembershipId: membershipId },
    });
  });
}
