import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newOneTimeToken } from "@/lib/server/tokens";
import { absoluteUrl } from "@/lib/server/urls";

/**
 * A new manage/unsubscribe token for a subscription; only its hash is stored. Each mail gets its own, so the
 * links in older mails keep working (until the address is deleted) and no raw token is kept anywhere.
 */
export async function newAlertLinkToken(
  tx: Pick<Prisma.TransactionClient, "alertLinkToken">,
  subscriptionId: string,
): Promise<string> {
  const { token, tokenHash } = newOneTimeToken();
  await tx.alertLinkToken.create({ data: { tokenHash, subscriptionId } });
  return token;
}

/** The links a mail carries. Absolute, from APP_URL (never from the request's Host header). */
export const alertLinks = {
  confirm: (locale: string, token: string) => absoluteUrl(`/${locale}/alerts/confirm?token=${token}`),
  manage: (locale: string, token: string) => absoluteUrl(`/${locale}/alerts/manage?token=${token}`),
  /** RFC 8058: POST ends the subscription at once; GET shows the manage page with its buttons. */
  unsubscribe: (token: string) => absoluteUrl(`/api/alerts/unsubscribe?token=${token}`),
  search: (locale: string, query: string) => absoluteUrl(`/${locale}/vacancies${query}`),
  vacancy: (locale: string, id: string) => absoluteUrl(`/${locale}/vacancies/${id}`),
};

/** The headers of every alert mail: one-click unsubscribe for the mail client's own button. */
export function unsubscribeHeaders(token: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${alertLinks.unsubscribe(token)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
