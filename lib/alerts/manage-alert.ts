import "server-only";
import { parseInput } from "@/lib/forms/parse-input";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { endAlertSubscriptions } from "./end-alerts";
import { addressOfAlertLink } from "./load-alert-management";
import { manageAlertSchema } from "./schemas";

/**
 * The manage page's buttons: end one subscription, end all, or change one's frequency. The mailed link's
 * token names the address; a subscription of another address is "not found" (the address is in the query).
 */
export async function manageAlert(input: unknown, now = new Date()): Promise<void> {
  const values = parseInput(manageAlertSchema, input);
  const addressId = await addressOfAlertLink(values.token);
  await db.$transaction(async (tx) => {
    if (values.operation === "endAll") {
      await endAlertSubscriptions(tx, addressId, "all", now);
      return;
    }
    const subscription = await tx.alertSubscription.findFirst({
      where: { id: values.subscriptionId, addressId, status: "ACTIVE" },
      select: { id: true },
    });
    if (!subscription) throw new AppError("not_found");
    if (values.operation === "end") await endAlertSubscriptions(tx, addressId, [subscription.id], now);
    else await tx.alertSubscription.update({ where: { id: subscription.id }, data: { frequency: values.frequency } });
  });
}
