import "server-only";
import { parseInput } from "@/lib/forms/parse-input";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { storeMail } from "@/lib/mail/queue-mail";
import { db } from "@/lib/server/db";
import { consumeRateLimit, refuseWhenLimited } from "@/lib/server/rate-limit";
import { hashToken, newOneTimeToken } from "@/lib/server/tokens";
import { alertLinks } from "./alert-links";
import { canonicalAlertQuery } from "./canonical-alert-query";
import { composeAlertConfirmation } from "./compose-alert-mail";
import { subscribeAlertSchema } from "./schemas";

/** Per client address: 10 subscribe requests an hour; per e-mail address: 3 confirmation mails a day. */
export const alertLimits = {
  client: { limit: 10, windowSeconds: 3600 },
  email: { limit: 3, windowSeconds: 86_400 },
} as const;

/**
 * A seeker asks for new vacancies of a search by e-mail, without an account. Double opt-in: the only mail
 * is a confirmation, and the subscription stays PENDING until its link is used. The answer is the same
 * whether the address is known or not ("check your mail"), and a known, confirmed address gets a
 * confirmation for the new subscription too: no one can subscribe someone else.
 */
export async function subscribeToAlerts(input: unknown, context: { ip: string; locale: string }): Promise<void> {
  const values = parseInput(subscribeAlertSchema, input);
  const query = canonicalAlertQuery(values.query);
  const [byClient, byEmail] = await Promise.all([
    consumeRateLimit(`alert:client:${hashToken(context.ip)}`, alertLimits.client),
    consumeRateLimit(`alert:email:${hashToken(values.email)}`, alertLimits.email),
  ]);
  refuseWhenLimited([byClient, byEmail]);
  const { token, tokenHash } = newOneTimeToken();

  const mailId = await db.$transaction(async (tx) => {
    const address = await tx.alertAddress.upsert({
      where: { email: values.email },
      create: { email: values.email },
      // A new subscription stops the deletion clock.
      update: { lastSubscriptionEndedAt: null },
    });
    await tx.alertSubscription.create({
      data: {
        addressId: address.id,
        locale: context.locale,
        query,
        frequency: values.frequency,
        confirmTokenHash: tokenHash,
      },
    });
    const mail = composeAlertConfirmation(context.locale, {
      frequency: values.frequency,
      confirm: alertLinks.confirm(context.locale, token),
      search: alertLinks.search(context.locale, query),
    });
    return storeMail(tx, { to: values.email, kind: "alert-confirm", mail });
  });
  await requestMailDelivery([mailId]);
}
