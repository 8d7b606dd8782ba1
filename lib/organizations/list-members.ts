import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { db } from "@/lib/server/db";

/** The actor's organisation, its members and open invitations. */
export async function listMembers(actor: Actor | null) {
  const employer = requireEmployer(actor);
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: employer.organizationId },
    include: {
      members: {
        include: { user: { select: { id: true, name: true, email: true, emailVerified: true } } },
        orderBy: { createdAt: "asc" },
      },
      invitations: {
        where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
      },
    },
  });
  return { organization, canInvite: employer.membershipRole === "OWNER" };
}
