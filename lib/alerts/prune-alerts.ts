import "server-only";
import { db } from "@/lib/server/db";
import { confirmationDays } from "./confirm-alert";

/** An address is deleted this long after its last subscription ended (the subscribe form says so). */
export const addressRetentionDays = 30;

/**
 * Daily: unconfirmed subscriptions whose link expired go; addresses go 30 days after their last subscription
 * ended, and addresses that never confirmed once nothing of theirs is pending. Their subscriptions, delivery
 * records and link tokens go with them (cascade). Returns the number of addresses deleted.
 */
export async function pruneAlerts(now = new Date()): Promise<number> {
  const day = 86_400_000;
  const confirmationCutoff = new Date(now.getTime() - confirmationDays * day);
  await db.alertSubscription.deleteMany({ where: { status: "PENDING", createdAt: { lt: confirmationCutoff } } });
  const { count } = await db.alertAddress.deleteMany({
    where: {
      subscriptions: { none: { status: { in: ["PENDING", "ACTIVE"] } } },
      OR: [
        { lastSubscriptionEndedAt: { lt: new Date(now.getTime() - addressRetentionDays * day) } },
        { confirmedAt: null, createdAt: { lt: confirmationCutoff } },
      ],
    },
  });
  return count;
}
