import "server-only";
import type { AlertFrequency } from "@/lib/generated/prisma/enums";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { storeMail } from "@/lib/mail/queue-mail";
import { placeNames } from "@/lib/reference/place-names";
import { withSearchFallback } from "@/lib/search/engine";
import type { SearchHit } from "@/lib/search/port";
import { searchContext } from "@/lib/search/search-vacancies";
import { db } from "@/lib/server/db";
import { alertLinks, newAlertLinkToken, unsubscribeHeaders } from "./alert-links";
import { parseAlertQuery } from "./canonical-alert-query";
import { composeAlertDigest } from "./compose-alert-mail";

/** Vacancies looked at per search and run (newest first); more than this in one interval is unheard of. */
const candidatesPerSearch = 100;
/**
 * How far before the previous run a run looks again: a vacancy may reach the search index (Meilisearch)
 * after the run that would have seen it. The delivery records keep the overlap from repeating anything.
 */
const lookBackMs = 2 * 86_400_000;
/** A daily subscription is due when its last run is older than this (the cron runs once a day). */
const dailyIntervalMs = 20 * 3_600_000;
const batchSize = 200;

type Due = {
  id: string;
  locale: string;
  query: string;
  confirmedAt: Date | null;
  lastCheckedAt: Date | null;
  address: { email: string };
};

/**
 * The alert job: for each due active subscription, the vacancies its search finds that were published
 * after it was confirmed and were never mailed to it. Safe to run twice, or twice at once: the delivery
 * rows are inserted with ON CONFLICT DO NOTHING in the transaction that queues the mail, and a mail lists
 * only the rows that insert added. Returns how many mails were queued.
 */
export async function sendAlerts(frequency: AlertFrequency, now = new Date()): Promise<{ mails: number }> {
  const [places, searches] = [await placeNames(), new Map<string, Promise<Awaited<ReturnType<typeof runSearch>>>>()];
  let mails = 0;
  let cursor: string | undefined;
  for (;;) {
    const due: Due[] = await db.alertSubscription.findMany({
      where: {
        status: "ACTIVE",
        frequency,
        ...(frequency === "DAILY"
          ? { OR: [{ lastCheckedAt: null }, { lastCheckedAt: { lt: new Date(now.getTime() - dailyIntervalMs) } }] }
          : {}),
        ...(cursor ? { id: { gt: cursor } } : {}),
      },
      orderBy: { id: "asc" },
      take: batchSize,
      select: {
        id: true,
        locale: true,
        query: true,
        confirmedAt: true,
        lastCheckedAt: true,
        address: { select: { email: true } },
      },
    });
    if (due.length === 0) break;
    cursor = due.at(-1)!.id;
    for (const subscription of due) {
      if (!searches.has(subscription.query)) searches.set(subscription.query, runSearch(subscription.query));
      const { hits, rate } = await searches.get(subscription.query)!;
      const mailId = await mailNewVacancies(subscription, hits, { places, rate }, now);
      if (mailId) {
        mails += 1;
        await requestMailDelivery([mailId]);
      }
    }
  }
  return { mails };
}

/** The stored search, newest first, on the configured engine (PostgreSQL when Meilisearch is down). */
async function runSearch(text: string) {
  const query = { ...parseAlertQuery(text), sort: "newest" as const, page: 1 };
  const context = await searchContext(query.q);
  const result = await withSearchFallback((engine) =>
    engine.search(query, { ...context, pageSize: candidatesPerSearch }),
  );
  return { hits: result.hits, rate: context.exchangeRate };
}

async function mailNewVacancies(
  subscription: Due,
  hits: SearchHit[],
  context: Pick<Parameters<typeof composeAlertDigest>[2], "places" | "rate">,
  now: Date,
): Promise<string | null> {
  const floor = Math.max(
    subscription.confirmedAt?.getTime() ?? now.getTime(),
    (subscription.lastCheckedAt?.getTime() ?? 0) - lookBackMs,
  );
  const candidates = hits.filter((hit) => hit.publishedAt.getTime() >= floor);
  return db.$transaction(async (tx) => {
    // Locks the subscription: a second run at the same time waits here, then finds every row taken. Ended
    // meanwhile: nothing is sent.
    const { count } = await tx.alertSubscription.updateMany({
      where: { id: subscription.id, status: "ACTIVE" },
      data: { lastCheckedAt: now },
    });
    if (count === 0 || candidates.length === 0) return null;
    const added = await tx.alertDelivery.createManyAndReturn({
      data: candidates.map((hit) => ({ subscriptionId: subscription.id, vacancyId: hit.id })),
      skipDuplicates: true,
      select: { vacancyId: true },
    });
    const addedIds = new Set(added.map((row) => row.vacancyId));
    const fresh = candidates.filter((hit) => addedIds.has(hit.id));
    if (fresh.length === 0) return null;
    const token = await newAlertLinkToken(tx, subscription.id);
    const { locale } = subscription;
    const mail = composeAlertDigest(locale, fresh, {
      ...context,
      links: {
        search: alertLinks.search(locale, subscription.query),
        manage: alertLinks.manage(locale, token),
        unsubscribe: alertLinks.unsubscribe(token),
        vacancy: (id) => alertLinks.vacancy(locale, id),
      },
    });
    const mailId = await storeMail(tx, {
      to: subscription.address.email,
      kind: "alert-digest",
      mail,
      headers: unsubscribeHeaders(token),
    });
    await tx.alertDelivery.updateMany({
      where: { subscriptionId: subscription.id, vacancyId: { in: [...addedIds] } },
      data: { mailId },
    });
    await tx.alertSubscription.update({ where: { id: subscription.id }, data: { lastSentAt: now } });
    return mailId;
  });
}
