import "server-only";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storeMail } from "@/lib/mail/queue-mail";
import { composeNotificationMail } from "./compose-notification-mail";
import { type NotificationParams, wantsEmail } from "./kinds";

export type OrganizationEvent = {
  organizationId: string;
  kind: NotificationKind;
  vacancyId?: string;
  params: NotificationParams;
  /** The same key twice (a job that ran again) adds nothing and sends nothing. */
  dedupeKey?: string;
};

/**
 * Tells every active member of the organisation about an event, inside the caller's transaction: one
 * notification each in the list, and one e-mail each in their language unless they turned that topic
 * off. Returns the outbox ids for `requestMailDelivery` after commit.
 */
export async function notifyOrganization(tx: Prisma.TransactionClient, event: OrganizationEvent): Promise<string[]> {
  const members = await tx.membership.findMany({
    where: { organizationId: event.organizationId, user: { disabledAt: null } },
    select: {
      role: true,
      emailOptOuts: true,
      user: { select: { id: true, email: true, locale: true } },
      organization: { select: { legalName: true } },
    },
  });
  if (members.length === 0) return [];
  const params: NotificationParams = { organization: members[0]!.organization.legalName, ...event.params };
  // ON CONFLICT DO NOTHING: only the rows really added come back, so a repeated event mails nobody twice.
  const created = await tx.notification.createManyAndReturn({
    data: members.map((member) => ({
      userId: member.user.id,
      organizationId: event.organizationId,
      kind: event.kind,
      vacancyId: event.vacancyId ?? null,
      params,
      dedupeKey: event.dedupeKey ?? null,
    })),
    skipDuplicates: true,
    select: { userId: true },
  });
  const added = new Set(created.map((row) => row.userId));
  const mailIds: string[] = [];
  for (const member of members) {
    if (!added.has(member.user.id) || !wantsEmail(event.kind, member)) continue;
    const mail = composeNotificationMail(
      { kind: event.kind, vacancyId: event.vacancyId ?? null, params },
      member.user.locale,
    );
    mailIds.push(await storeMail(tx, { to: member.user.email, kind: `notification:${event.kind}`, mail }));
  }
  return mailIds;
}
