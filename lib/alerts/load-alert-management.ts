import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashToken } from "@/lib/server/tokens";
import { parseAlertQuery } from "./canonical-alert-query";
import { alertTokenSchema } from "./schemas";

/** The address a mailed link belongs to (any of its mails' links: each names one of its subscriptions). */
export async function addressOfAlertLink(token: string): Promise<string> {
  if (!alertTokenSchema.safeParse(token).success) throw new AppError("not_found");
  const link = await db.alertLinkToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { subscription: { select: { addressId: true } } },
  });
  if (!link) throw new AppError("not_found");
  return link.subscription.addressId;
}

/** The manage page: the address and its confirmed subscriptions (active first), through a mailed link. */
export async function loadAlertManagement(token: string) {
  const addressId = await addressOfAlertLink(token);
  const address = await db.alertAddress.findUniqueOrThrow({
    where: { id: addressId },
    select: {
      email: true,
      subscriptions: {
        where: { confirmedAt: { not: null } },
        orderBy: [{ status: "asc" }, { createdAt: "desc" }],
        select: {
          id: true,
          query: true,
          frequency: true,
          status: true,
          confirmedAt: true,
          endedAt: true,
          lastSentAt: true,
        },
      },
    },
  });
  return {
    email: address.email,
    subscriptions: address.subscriptions.map((s) => ({ ...s, search: parseAlertQuery(s.query) })),
  };
}
