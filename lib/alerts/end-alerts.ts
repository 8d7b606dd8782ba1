import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Ends subscriptions of one address (all of them without `ids`). When none is left pending or active, the
 * address's 30-day deletion clock starts.
 */
export async function endAlertSubscriptions(
  tx: Prisma.TransactionClient,
  addressId: string,
  ids: string[] | "all",
  now = new Date(),
): Promise<number> {
  const { count } = await tx.alertSubscription.updateMany({
    where: { addressId, status: { not: "ENDED" }, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { status: "ENDED", endedAt: now },
  });
  if (count === 0) return 0;
  const left = await tx.alertSubscription.count({ where: { addressId, status: { not: "ENDED" } } });
  if (left === 0) await tx.alertAddress.update({ where: { id: addressId }, data: { lastSubscriptionEndedAt: now } });
  return count;
}
