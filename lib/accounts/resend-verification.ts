import "server-only";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { queueMail } from "@/lib/mail/queue-mail";
import { db } from "@/lib/server/db";
import { consumeRateLimit } from "@/lib/server/rate-limit";
import { absoluteUrl } from "@/lib/server/urls";
import { issueOneTimeToken } from "./one-time-tokens";
import { emailSchema } from "./schemas";

/** Sends a new verification link to an unverified account. Answers the same whatever the address. */
export async function resendVerification(email: string, context: { ip: string }): Promise<void> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) return;
  const [byIp, byAddress] = await Promise.all([
    consumeRateLimit(`verify-resend:ip:${context.ip}`, { limit: 10, windowSeconds: 3600 }),
    consumeRateLimit(`verify-resend:email:${parsed.data}`, { limit: 3, windowSeconds: 3600 }),
  ]);
  if (!byIp.allowed || !byAddress.allowed) return;
  const user = await db.user.findUnique({ where: { email: parsed.data } });
  if (!user || user.emailVerified || user.disabledAt) return;
  const mailId = await db.$transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, user.id, "EMAIL_VERIFICATION");
    return queueMail(tx, {
      to: user.email,
      kind: "verify-email",
      locale: user.locale,
      params: { name: user.name ?? "", link: absoluteUrl(`/${user.locale}/employer/verify-email?token=${token}`) },
    });
  });
  await requestMailDelivery([mailId]);
}
