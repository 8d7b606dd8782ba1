import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { staffAccounts } from "@/lib/access/scopes";
import { issueOneTimeToken } from "@/lib/accounts/one-time-tokens";
import { parseInput } from "@/lib/forms/parse-input";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { queueMail } from "@/lib/mail/queue-mail";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { absoluteUrl } from "@/lib/server/urls";
import { staffInvitationLifetimeMs } from "./invite-staff-member";
import { pendingStaffInvitations } from "./pending-staff-invitations";
import { resendStaffInvitationSchema } from "./schemas";

/**
 * Sends an invitation nobody has taken up again: a new 48-hour link, the old one stops working (issuing a
 * token retires the older ones), and the mail is queued in the same transaction as the change.
 */
export async function resendStaffInvitation(actor: Actor | null, input: unknown, context: { locale: string }) {
  const admin = requireAdministrator(actor);
  const { userId } = parseInput(resendStaffInvitationSchema, input);
  const mailId = await db.$transaction(async (tx) => {
    const member = await tx.user.findFirst({ where: { id: userId, disabledAt: null, ...staffAccounts } });
    if (!member) throw new AppError("not_found");
    if (!(await pendingStaffInvitations(tx, [userId])).has(userId))
      throw new AppError("conflict", "invitation already used", {
        fields: { invitation: ["staffTeam.errorInvitationUsed"] },
      });
    const now = new Date();
    const token = await issueOneTimeToken(tx, userId, "PASSWORD_RESET", now, staffInvitationLifetimeMs);
    await writeAudit(tx, {
      actor: admin,
      action: "staff.invitation_resent",
      entityType: "User",
      entityId: userId,
      after: { email: member.email, linkExpiresAt: new Date(now.getTime() + staffInvitationLifetimeMs) },
    });
    return queueMail(tx, {
      to: member.email,
      kind: "reset-password",
      locale: context.locale,
      params: { link: absoluteUrl(`/${context.locale}/employer/reset-password?token=${token}`) },
    });
  });
  await requestMailDelivery([mailId]);
}
