import "server-only";
import { newPasswordHash } from "@/lib/accounts/password-policy";
import { employerRole } from "@/lib/access/roles";
import { acceptInvitationSchema, tokenSchema } from "@/lib/accounts/schemas";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashToken } from "@/lib/server/tokens";

export type InvitationCheck = "valid" | "invalid" | "expired" | "used";

async function findInvitation(token: string) {
  if (!tokenSchema.safeParse(token).success) return { check: "invalid" as InvitationCheck, invitation: null };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: { select: { legalName: true } } },
  });
  if (!invitation || invitation.revokedAt) return { check: "invalid" as InvitationCheck, invitation: null };
  if (invitation.acceptedAt) return { check: "used" as InvitationCheck, invitation };
  if (invitation.expiresAt <= new Date()) return { check: "expired" as InvitationCheck, invitation };
  return { check: "valid" as InvitationCheck, invitation };
}

/** What the invitation page shows before the person accepts. */
export async function describeInvitation(token: string) {
  const { check, invitation } = await findInvitation(token);
  return { check, email: invitation?.email ?? null, organization: invitation?.organization.legalName ?? null };
}

/** Creates the invited person's account (e-mail proven by the link) as a member of the organisation. */
export async function acceptInvitation(input: unknown, context: { locale: string }): Promise<InvitationCheck> {
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "invitation form", { fields: fieldErrorsOf(parsed.error) });
  const { check, invitation } = await findInvitation(parsed.data.token);
  if (check !== "valid" || !invitation) return check;
  const passwordHash = await newPasswordHash(parsed.data.password);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: now },
    });
    if (claimed.count === 0) return "used";
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      throw new AppError("conflict", "address has an account", { fields: { _form: ["validation.emailHasAccount"] } });
    }
    const user = await tx.user.create({
      data: {
        email: invitation.email,
        name: parsed.data.name,
        passwordHash,
        role: employerRole,
        emailVerified: now,
        locale: context.locale,
      },
    });
    await tx.membership.create({
      data: { userId: user.id, organizationId: invitation.organizationId, role: invitation.role },
    });
    await writeAudit(tx, {
      actor: { userId: user.id, role: user.role },
      action: "organization.member_joined",
      entityType: "Organization",
      entityId: invitation.organizationId,
      after: { userId: user.id, invitationId: invitation.id },
    });
    return "valid";
  });
}
