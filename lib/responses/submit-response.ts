import "server-only";
import { parseInput } from "@/lib/forms/parse-input";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { notifyOrganization } from "@/lib/notifications/notify";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { consumeRateLimit, refuseWhenLimited } from "@/lib/server/rate-limit";
import { hashToken, newOneTimeToken } from "@/lib/server/tokens";
import { absoluteUrl } from "@/lib/server/urls";
import { publicVacancyWhere } from "@/lib/vacancies/public-vacancy-where";
import { respondSchema } from "./schemas";

/** Per client address: 10 responses an hour; per phone: 5 a day (on any vacancies). */
export const responseLimits = {
  address: { limit: 10, windowSeconds: 3600 },
  phone: { limit: 5, windowSeconds: 86_400 },
} as const;

/**
 * A seeker responds to a published vacancy without an account. The employer's people are notified (list and
 * e-mail in their language, unless they turned response e-mails off); the seeker gets a private link to follow the response (and withdraw it). One response per phone
 * and vacancy: a second is refused kindly (conflict), unless the first was withdrawn.
 */
export async function submitResponse(input: unknown, context: { ip: string; locale: string }) {
  const values = parseInput(respondSchema, input);
  const phoneDigits = `+${values.phone.replace(/\D/g, "")}`;
  const [byAddress, byPhone] = await Promise.all([
    consumeRateLimit(`response:ip:${hashToken(context.ip)}`, responseLimits.address),
    consumeRateLimit(`response:phone:${hashToken(phoneDigits)}`, responseLimits.phone),
  ]);
  refuseWhenLimited([byAddress, byPhone]);
  const { token, tokenHash } = newOneTimeToken();
  const now = new Date();

  const mailIds = await db.$transaction(async (tx) => {
    const vacancy = await tx.vacancy.findFirst({
      where: { id: values.vacancyId, ...publicVacancyWhere() },
      select: {
        id: true,
        title: true,
        responsesEnabled: true,
        organizationId: true,
      },
    });
    if (!vacancy) throw new AppError("not_found");
    if (!vacancy.responsesEnabled) throw new AppError("forbidden", "responses are off for this vacancy");
    const earlier = await tx.response.findUnique({
      where: { vacancyId_phoneDigits: { vacancyId: vacancy.id, phoneDigits } },
    });
    if (earlier && earlier.status !== "WITHDRAWN") {
      throw new AppError("conflict", "already responded", { fields: { phone: ["validation.alreadyResponded"] } });
    }
    const data = {
      name: values.name,
      phone: values.phone,
      message: values.message ?? null,
      answerLanguage: values.answerLanguage,
      status: "NEW" as const,
      statusChangedAt: null,
      tokenHash,
      consentedAt: now,
    };
    const response = earlier
      ? await tx.response.update({ where: { id: earlier.id }, data })
      : await tx.response.create({ data: { ...data, vacancyId: vacancy.id, phoneDigits } });
    return notifyOrganization(tx, {
      organizationId: vacancy.organizationId,
      kind: "RESPONSE_RECEIVED",
      vacancyId: vacancy.id,
      params: { title: vacancy.title, name: response.name },
    });
  });
  await requestMailDelivery(mailIds);
  return { token, link: absoluteUrl(`/${context.locale}/responses/${token}`) };
}
