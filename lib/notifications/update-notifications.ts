import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { parseInput } from "@/lib/forms/parse-input";
import type { NotificationTopic } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { ownerAlwaysGets } from "./kinds";
import { notificationPreferencesSchema } from "./schemas";

/** Marks every notification of the member in their organisation as read. */
export async function markAllNotificationsRead(actor: Actor | null): Promise<number> {
  const employer = requireEmployer(actor);
  const { count } = await db.notification.updateMany({
    where: { userId: employer.userId, organizationId: employer.organizationId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

/**
 * Saves which e-mails the member gets and their language. An owner's switch for decisions is ignored:
 * the owner always gets them (the sender checks it too, so an old row cannot silence an owner).
 */
export async function updateNotificationPreferences(actor: Actor | null, input: unknown): Promise<void> {
  const employer = requireEmployer(actor);
  const values = parseInput(notificationPreferencesSchema, input);
  const wanted: Record<NotificationTopic, boolean> = {
    DECISIONS: values.emailDecisions,
    EXPIRY: values.emailExpiry,
    RESPONSES: values.emailResponses,
  };
  const optOuts = (Object.keys(wanted) as NotificationTopic[]).filter(
    (topic) => !wanted[topic] && !(employer.membershipRole === "OWNER" && ownerAlwaysGets.includes(topic)),
  );
  await db.$transaction([
    db.membership.update({
      where: { userId_organizationId: { userId: employer.userId, organizationId: employer.organizationId } },
      data: { emailOptOuts: optOuts },
    }),
    db.user.update({ where: { id: employer.userId }, data: { locale: values.mailLocale } }),
  ]);
}
