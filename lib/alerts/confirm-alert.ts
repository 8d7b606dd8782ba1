import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashToken } from "@/lib/server/tokens";
import { alertLinks, newAlertLinkToken } from "./alert-links";
import { alertTokenSchema } from "./schemas";

/** At most this many active subscriptions per address (checked on confirmation: only the owner sees it). */
export const maxActiveAlerts = 10;
/** A confirmation link older than this no longer works (the pending subscription is pruned). */
export const confirmationDays = 7;

export type ConfirmOutcome = "confirmed" | "already-confirmed" | "ended" | "too-many";

/**
 * The address confirms a subscription (the confirmation page's button, never the GET a mail scanner may
 * make). Confirming twice is harmless; a bad or stale token changes nothing. An identical active search of
 * the same address takes the new frequency and language instead of becoming a second subscription.
 */
export async function confirmAlert(
  token: string,
  now = new Date(),
): Promise<{ outcome: ConfirmOutcome; manageLink?: string }> {
  if (!alertTokenSchema.safeParse(token).success) throw new AppError("not_found");
  return db.$transaction(async (tx) => {
    const subscription = await tx.alertSubscription.findUnique({ where: { confirmTokenHash: hashToken(token) } });
    const stale = now.getTime() - (subscription?.createdAt.getTime() ?? 0) > confirmationDays * 86_400_000;
    if (!subscription || (subscription.status === "PENDING" && stale)) throw new AppError("not_found");
    const manageLink = async (id: string) => alertLinks.manage(subscription.locale, await newAlertLinkToken(tx, id));
    if (subscription.status === "ENDED") return { outcome: "ended" };
    if (subscription.status === "ACTIVE")
      return { outcome: "already-confirmed", manageLink: await manageLink(subscription.id) };

    const active = await tx.alertSubscription.findMany({
      where: { addressId: subscription.addressId, status: "ACTIVE" },
      select: { id: true, query: true },
    });
    const same = active.find((other) => other.query === subscription.query);
    if (same) {
      await tx.alertSubscription.update({
        where: { id: same.id },
        data: { frequency: subscription.frequency, locale: subscription.locale },
      });
      await tx.alertSubscription.update({
        where: { id: subscription.id },
        data: { status: "ENDED", endedAt: now },
      });
      return { outcome: "confirmed", manageLink: await manageLink(same.id) };
    }
    if (active.length >= maxActiveAlerts) return { outcome: "too-many", manageLink: await manageLink(active[0]!.id) };
    // Guarded on PENDING: two clicks at once confirm it once.
    const { count } = await tx.alertSubscription.updateMany({
      where: { id: subscription.id, status: "PENDING" },
      data: { status: "ACTIVE", confirmedAt: now, lastCheckedAt: now },
    });
    if (count === 0) return { outcome: "already-confirmed", manageLink: await manageLink(subscription.id) };
    await tx.alertAddress.updateMany({
      where: { id: subscription.addressId, confirmedAt: null },
      data: { confirmedAt: now },
    });
    return { outcome: "confirmed", manageLink: await manageLink(subscription.id) };
  });
}
