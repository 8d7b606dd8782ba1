import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { issueOneTimeToken } from "@/lib/accounts/one-time-tokens";
import { checkbox } from "@/lib/forms/checkbox";
import { CountryCode } from "@/lib/generated/prisma/enums";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { queueMail } from "@/lib/mail/queue-mail";
import type { Actor } from "@/lib/server/actor";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { absoluteUrl } from "@/lib/server/urls";
import { createStaffMember } from "./create-staff-member";
import { requireAdministrator } from "./staff";

const countries = z.preprocess(
  (v) => (Array.isArray(v) ? v : v ? [v] : []),
  z.array(z.enum(CountryCode)).min(1, "validation.required"),
);

/** Staff accounts (administrators only). */
export async function listStaff(actor: Actor | null) {
  requireAdministrator(actor);
  return db.user.findMany({
    where: { role: { in: ["MODERATOR", "ADMINISTRATOR"] } },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, jurisdictions: true, disabledAt: true },
  });
}

/**
 * An administrator adds a colleague: the account gets an unusable random password and the person a link
 * to choose their own (valid 48 hours). Nobody ever knows another person's password.
 */
export async function inviteStaffMember(actor: Actor | null, input: unknown, context: { locale: string }) {
  const admin = requireAdministrator(actor);
  const parsed = z
    .object({
      email: z.string(),
      name: z.string(),
      role: z.enum(["MODERATOR", "ADMINISTRATOR"]),
      jurisdictions: countries,
    })
    .safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "staff", { fields: { jurisdictions: ["validation.required"] } });
  const member = await createStaffMember(admin, { ...parsed.data, password: randomBytes(24).toString("base64url") });
  const mailId = await db.$transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, member.id, "PASSWORD_RESET", new Date(), 48 * 60 * 60 * 1000);
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

/** Grants or withdraws countries (a Kyrgyz moderator may be granted Kazakhstan), or disables an account. */
export async function updateStaffMember(actor: Actor | null, input: unknown): Promise<void> {
  const admin = requireAdministrator(actor);
  const parsed = z.object({ userId: z.string().min(1), jurisdictions: countries, disabled: checkbox }).safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "staff", { fields: { jurisdictions: ["validation.required"] } });
  const { userId, jurisdictions, disabled } = parsed.data;
  if (userId === admin.userId && disabled) throw new AppError("conflict", "cannot disable yourself");
  await db.$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: userId, role: { in: ["MODERATOR", "ADMINISTRATOR"] } } });
    if (!before) throw new AppError("not_found");
    const after = await tx.user.update({
      where: { id: userId },
      // Disabling or narrowing access ends the person's current sessions (session version).
      data: {
        jurisdictions,
        disabledAt: disabled ? (before.disabledAt ?? new Date()) : null,
        sessionVersion: { increment: 1 },
      },
    });
    await writeAudit(tx, {
      actor: admin,
      action: "staff.updated",
      entityType: "User",
      entityId: userId,
      before: { jurisdictions: before.jurisdictions, disabledAt: before.disabledAt },
      after: { jurisdictions: after.jurisdictions, disabledAt: after.disabledAt },
    });
  });
}
