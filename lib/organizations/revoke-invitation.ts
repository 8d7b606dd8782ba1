import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/** An owner withdraws an open invitation of their own organisation. */
export async function revokeInvitation(actor: Actor | null, invitationId: string): Promise<void> {
  const employer = requireEmployer(actor);
  if (employer.membershipRole !== "OWNER") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: { id: invitationId, organizationId: employer.organizationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) throw new AppError("not_found");
    await writeAudit(tx, {
      actor: employer,
      action: "organization.invitation_revoked",
      entityType: "Invitation",
      entityId: invitationId,
    });
  });
}
