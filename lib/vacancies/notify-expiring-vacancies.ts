import "server-only";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { notifyOrganization } from "@/lib/notifications/notify";
import { db } from "@/lib/server/db";
import { publicVacancyWhere } from "./public-vacancy-where";
import { toLocalDate } from "./form-values";

/** How long before its end date an employer hears that a vacancy is about to come down. */
export const expiryNoticeDays = 3;

/**
 * Tells the organisation's people about each public vacancy that ends within 3 days (run hourly by the
 * worker). Once per vacancy and end date: the notification's key holds the date, so a second run — or
 * another worker running at the same time — adds nothing, and an extended vacancy is announced again
 * before its new end.
 */
export async function notifyExpiringVacancies(now = new Date(), batchSize = 200): Promise<number> {
  const window = { gt: now, lte: new Date(now.getTime() + expiryNoticeDays * 86_400_000) };
  let mailed = 0;
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.vacancy.findMany({
      where: { ...publicVacancyWhere(now), validThrough: window, ...(cursor ? { id: { gt: cursor } } : {}) },
      select: { id: true, organizationId: true, title: true, validThrough: true },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (batch.length === 0) return mailed;
    cursor = batch.at(-1)!.id;
    const keyOf = (v: (typeof batch)[number]) => `expiring:${v.id}:${toLocalDate(v.validThrough!)}`;
    // Skip, in one query, the vacancies already announced for this end date (the insert would skip them too).
    const announced = new Set(
      (
        await db.notification.findMany({
          where: { dedupeKey: { in: batch.map(keyOf) } },
          select: { dedupeKey: true },
          distinct: ["dedupeKey"],
        })
      ).map((n) => n.dedupeKey),
    );
    for (const vacancy of batch.filter((v) => !announced.has(keyOf(v)))) {
      const mailIds = await db.$transaction((tx) =>
        notifyOrganization(tx, {
          organizationId: vacancy.organizationId,
          kind: "VACANCY_EXPIRING",
          vacancyId: vacancy.id,
          params: { title: vacancy.title, date: toLocalDate(vacancy.validThrough!) },
          dedupeKey: keyOf(vacancy),
        }),
      );
      await requestMailDelivery(mailIds);
      mailed += mailIds.length;
    }
  }
}
