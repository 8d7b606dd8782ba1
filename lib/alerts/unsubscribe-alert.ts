import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashToken } from "@/lib/server/tokens";
import { endAlertSubscriptions } from "./end-alerts";
import { alertTokenSchema } from "./schemas";

/**
 * One-click unsubscribe (RFC 8058): the mail's link token ends the subscription it was sent for, with no
 * further question. Ending an ended one again is harmless; an unknown token changes nothing (not found).
 */
export async function unsubscribeAlert(token: string, now = new Date()): Promise<{ locale: string }> {
  if (!alertTokenSchema.safeParse(token).success) throw new AppError("not_found");
  return db.$transaction(async (tx) => {
    const link = await tx.alertLinkToken.findUnique({
      where: { tokenHash: hashToken(token) },
      select: { subscription: { select: { id: true, addressId: true, locale: true } } },
    });
    if (!link) throw new AppError("not_found");
    await endAlertSubscriptions(tx, link.subscription.addressId, [link.subscription.id], now);
    return { locale: link.subscription.locale };
  });
}

/** The language of the subscription a link was mailed for (the GET of the unsubscribe link redirects there). */
export async function alertLinkLocale(token: string): Promise<string | null> {
  if (!alertTokenSchema.safeParse(token).success) return null;
  const link = await db.alertLinkToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { subscription: { select: { locale: true } } },
  });
  return link?.subscription.locale ?? null;
}
