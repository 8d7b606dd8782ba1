import "server-only";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { queueMail } from "@/lib/mail/queue-mail";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { consumeRateLimit, refuseWhenLimited } from "@/lib/server/rate-limit";
import { absoluteUrl } from "@/lib/server/urls";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { issueOneTimeToken } from "./one-time-tokens";
import { requestPasswordResetSchema } from "./schemas";

/**
 * Mails a password-reset link (valid one hour) when the address has an account. The caller always shows
 * the same "if an account exists, we sent a link" so the form cannot be used to find accounts.
 */
export async function requestPasswordReset(input: unknown, context: { ip: string }): Promise<void> {
  const parsed = requestPasswordResetSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "reset request", { fields: fieldErrorsOf(parsed.error) });
  const { email, locale } = parsed.data;
  const [byIp, byAddress] = await Promise.all([
    consumeRateLimit(`reset:ip:${context.ip}`, { limit: 10, windowSeconds: 3600 }),
    consumeRateLimit(`reset:email:${email}`, { limit: 3, windowSeconds: 3600 }),
  ]);
  refuseWhenLimited([byIp]);
  if (!byAddress.allowed) return;
  const user = await db.user.findUnique({ where: { email } });
  if (!user || user.disabledAt || !user.passwordHash) return;
  const language = user.locale || locale;
  const mailId = await db.$transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, user.id, "PASSWORD_RESET");
    return queueMail(tx, {
      to: user.email,
      kind: "reset-password",
      locale: language,
      params: { link: absoluteUrl(`/${language}/employer/reset-password?token=${token}`) },
    });
  });
  await requestMailDelivery([mailId]);
}
