import "server-only";
import { newPasswordHash } from "@/lib/accounts/password-policy";
import { employerRole } from "@/lib/access/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { queueMail } from "@/lib/mail/queue-mail";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { consumeRateLimit, refuseWhenLimited } from "@/lib/server/rate-limit";
import { absoluteUrl } from "@/lib/server/urls";
import { issueOneTimeToken } from "./one-time-tokens";
import { registerEmployerSchema } from "./schemas";

const registrationLimit = { limit: 10, windowSeconds: 60 * 60 };
const registryTaken = () =>
  new AppError("conflict", "registry number taken", {
    fields: { registryNumber: ["validation.registryNumber.taken"] },
  });

/**
 * Registers an organisation and its first member (owner), unverified, and mails a verification link.
 * An e-mail that already has an account gets a notice by mail instead, and the caller sees the same
 * answer as for a new one: registration never reveals which addresses have accounts.
 */
export async function registerEmployer(input: unknown, context: { ip: string }): Promise<{ email: string }> {
  const parsed = registerEmployerSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "registration form", { fields: fieldErrorsOf(parsed.error) });
  const data = parsed.data;
  refuseWhenLimited([await consumeRateLimit(`register:ip:${context.ip}`, registrationLimit)]);

  const taken = await db.organization.findUnique({
    where: { countryCode_registryNumber: { countryCode: data.countryCode, registryNumber: data.registryNumber } },
  });
  if (taken) throw registryTaken();

  const existing = await db.user.findUnique({ where: { email: data.email } });
  if (existing) {
    const mailId = await queueMail(db, {
      to: data.email,
      kind: "already-registered",
      locale: existing.locale,
      params: {
        signInLink: absoluteUrl(`/${existing.locale}/employer/sign-in`),
        resetLink: absoluteUrl(`/${existing.locale}/employer/forgot-password`),
      },
    });
    await requestMailDelivery([mailId]);
    return { email: data.email };
  }

  const passwordHash = await newPasswordHash(data.password);
  let mailId: string;
  try {
    mailId = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, passwordHash, role: employerRole, locale: data.locale },
      });
      const organization = await tx.organization.create({
        data: {
          countryCode: data.countryCode,
          kind: data.kind,
          legalName: data.legalName,
          registryNumber: data.registryNumber,
          contactPhone: data.contactPhone,
          contactEmail: data.email,
          agencyLicense: data.kind === "RECRUITMENT_AGENCY" ? data.agencyLicense : null,
        },
      });
      await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "OWNER" } });
      const token = await issueOneTimeToken(tx, user.id, "EMAIL_VERIFICATION");
      const actor = { userId: user.id, role: user.role };
      await writeAudit(tx, {
        actor,
        action: "organization.registered",
        entityType: "Organization",
        entityId: organization.id,
        after: organization,
        ip: context.ip,
      });
      await writeAudit(tx, {
        actor,
        action: "user.registered",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, role: user.role },
        ip: context.ip,
      });
      return queueMail(tx, {
        to: user.email,
        kind: "verify-email",
        locale: data.locale,
        params: { name: data.name, link: absoluteUrl(`/${data.locale}/employer/verify-email?token=${token}`) },
      });
    });
  } catch (error) {
    // Two registrations of the same number or e-mail at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = JSON.stringify(error.meta ?? {});
      if (target.includes("registryNumber")) throw registryTaken();
      return { email: data.email };
    }
    throw error;
  }
  await requestMailDelivery([mailId]);
  return { email: data.email };
}
