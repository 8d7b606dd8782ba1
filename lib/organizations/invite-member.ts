import "server-only";
import { inviteMemberSchema } from "@/lib/accounts/schemas";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { queueMail } from "@/lib/mail/queue-mail";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { consumeRateLimit, refuseWhenLimited } from "@/lib/server/rate-limit";
import { newOneTimeToken } from "@/lib/server/tokens";
import { absoluteUrl } from "@/lib/server/urls";

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * An owner invites a colleague by e-mail to their organisation (a new invitation replaces an open one).
 * The answer never tells whether the address already has an account (an employer's or a ministry
 * officer's): the invitation is recorded either way, and an address with an account gets a mail that
 * explains why it cannot join (one organisation per account, docs/decisions/0008) instead of a link.
 */
export async function inviteMember(actor: Actor | null, input: unknown): Promise<{ invitationId: string }> {
  const employer = requireEmployer(actor);
  if (employer.membershipRole !== "OWNER") throw new AppError("forbidden", "only owners invite");
  const parsed = inviteMemberSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "invitation", { fields: fieldErrorsOf(parsed.error) });
  const { email, locale } = parsed.data;
  refuseWhenLimited([
    await consumeRateLimit(`invite:org:${employer.organizationId}`, { limit: 30, windowSeconds: 86_400 }),
  ]);
  const existing = await db.user.findUnique({ where: { email }, select: { locale: true } });
  const { token, tokenHash } = newOneTimeToken();
  const now = new Date();
  const { invitationId, mailId } = await db.$transaction(async (tx) => {
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: employer.organizationId } });
    await tx.invitation.updateMany({
      where: { organizationId: organization.id, email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invitation = await tx.invitation.create({
      data: {
        organizationId: organization.id,
        email,
        tokenHash,
        invitedById: employer.userId,
        expiresAt: new Date(now.getTime() + invitationLifetimeMs),
      },
    });
    await writeAudit(tx, {
      actor: employer,
      action: "organization.member_invited",
      entityType: "Organization",
      entityId: organization.id,
      after: { email, invitationId: invitation.id },
    });
    const inviter = employer.name ?? employer.email;
    const mailId = existing
      ? await queueMail(tx, {
          to: email,
          kind: "invitation-has-account",
          locale: existing.locale,
          params: { organization: organization.legalName, inviter },
        })
      : await queueMail(tx, {
          to: email,
          kind: "invitation",
          locale,
          params: {
            organization: organization.legalName,
            inviter,
            link: absoluteUrl(`/${locale}/employer/invitation?token=${token}`),
          },
        });
    return { invitationId: invitation.id, mailId };
  });
  await requestMailDelivery([mailId]);
  return { invitationId };
}
