import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { issueOneTimeToken } from "@/lib/accounts/one-time-tokens";
import { parseInput } from "@/lib/forms/parse-input";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { queueMail } from "@/lib/mail/queue-mail";
import { db } from "@/lib/server/db";
import { absoluteUrl } from "@/lib/server/urls";
import { createStaffMember } from "./create-staff-member";
import { inviteStaffMemberSchema } from "./schemas";

/** How long an invitation's link works (a resent invitation gets as long again). */
export const staffInvitationLifetimeMs = 48 * 60 * 60 * 1000;

/**
 * An administrator adds a colleague: the account gets an unusable random password and the person a link
 * to choose their own (valid 48 hours). Nobody ever knows another person's password.
 */
export async function inviteStaffMember(actor: Actor | null, input: unknown, context: { locale: string }) {
  const admin = requireAdministrator(actor);
  const values = parseInput(inviteStaffMemberSchema, input);
  const member = await createStaffMember(admin, { ...values, password: randomBytes(24).toString("base64url") });
  const mailId = await db.$transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, member.id, "PASSWORD_RESET", new Date(), staffInvitationLifetimeMs);
    return queueMail(tx, {
      to: member.email,
      kind: "reset-password",
      locale: context.locale,
      params: { link: absoluteUrl(`/${context.locale}/employer/reset-password?token=${token}`) },
    });
  });
  await requestMailDelivery([mailId]);
  return member;
}
