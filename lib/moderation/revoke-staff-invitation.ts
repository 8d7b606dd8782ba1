import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { staffAccounts } from "@/lib/access/scopes";
import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { pendingStaffInvitations } from "./pending-staff-invitations";
import { revokeStaffInvitationSchema } from "./schemas";

/**
 * Withdraws an invitation nobody has taken up (sent to the wrong address, or the person is not joining): the
 * account is disabled and its link stops working. Only for accounts that never got in; a colleague who did is
 * disabled on the team page instead. Disabled rather than deleted, so the log keeps whom it was sent to;
 * ticking "enabled" again and resending brings the invitation back.
 */
export async function revokeStaffInvitation(actor: Actor | null, input: unknown): Promise<void> {
  const admin = requireAdministrator(actor);
  const { userId, confirm } = parseInput(revokeStaffInvitationSchema, input);
  if (!confirm) throw invalidFields({ confirm: ["staffTeam.errorConfirmRevoke"] });
  await db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: userId, disabledAt: null, ...staffAccounts } });
    if (!before) throw new AppError("not_found");
    if (!(await pendingStaffInvitations(tx, [userId])).has(userId))
      throw new AppError("conflict", "invitation already used", {
        fields: { invitation: ["staffTeam.errorInvitationUsed"] },
      });
    const now = new Date();
    await tx.oneTimeToken.updateMany({
      where: { userId, purpose: "PASSWORD_RESET", usedAt: null },
      data: { usedAt: now },
    });
    const after = await tx.user.update({
      where: { id: userId },
      data: { disabledAt: now, sessionVersion: { increment: 1 } },
    });
    await writeAudit(tx, {
      actor: admin,
      action: "staff.invitation_revoked",
      entityType: "User",
      entityId: userId,
      before: { email: before.email, disabledAt: before.disabledAt },
      after: { email: after.email, disabledAt: after.disabledAt },
    });
  });
}
