import "server-only";
import { db } from "@/lib/server/db";
import { confirmationDays } from "./confirm-alert";

/** An address is deleted this long after its last subscription ended (the subscribe form says so). */
export const addressRetentionDays = 30;

/**
 * Daily: unconfirmed subscriptions whose link expired go; addresses go 30 days after their last subscription
 * ended, and addresses that never confirmed once nothing of theirs is pending. Their subscriptions, delivery
 * records and link tokens go with them (cascade), and so do the alert mails to them kept in the outbox.
 * Returns the number of addresses deleted.
 */
export async function pruneAlerts(now = new Date()): Promise<number> {
  const day = 86_400_000;
  const confirmationCutoff = new Date(now.getTime() - confirmationDays * day);
  await db.alertSubscription.deleteMany({ where: { status: "PENDING", createdAt: { lt: confirmationCutoff } } });
  const expired = await db.alertAddress.findMany({
    where: {
      subscriptions: { none: { status: { in: ["PENDING", "ACTIVE"] } } },
      OR: [
        { lastSubscriptionEndedAt: { lt: new Date(now.getTime() - addressRetentionDays * day) } },
        { confirmedAt: null, createdAt: { lt: confirmationCutoff } },
      ],
    },
    select: { id: true, email: true },
    take: 1000,
  });
  if (expired.length === 0) return 0;
  return db.$transaction(async (tx) => {
    // Unsent ones too: an address that is deleted gets nothing more.
    await tx.mailMessage.deleteMany({
      where: {
        to: { in: expired.map((a) => a.email) },
        kind: { in: ["alert-confirm", "alert-digest"] },
        createdAt: { lt: now },
      },
    });
    // Checked again: a subscription made meanwhile keeps its address.
    const { count } = await tx.alertAddress.deleteMany({
      where: {
        id: { in: expired.map((a) => a.id) },
        subscriptions: { none: { status: { in: ["PENDING", "ACTIVE"] } } },
      },
    });
    return count;
  });
}
