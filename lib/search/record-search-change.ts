import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { expireChangedPagesNow, recordEveryPageChange, recordPublicPageChange } from "@/lib/pages/public-pages";
import { refreshSearchEntries } from "./postgres-index";

/**
 * Call inside every transaction that changes what is public (approval, closing, renewal, expiry, an
 * employer blocked): the PostgreSQL index follows at once (searchable on commit), an outbox row per
 * vacancy tells the worker to update Meilisearch (nothing is lost if Meilisearch is down: rows wait), and
 * the cached pages that show these vacancies are marked out of date.
 */
export async function recordSearchChange(tx: Prisma.TransactionClient, vacancyIds: string[]): Promise<void> {
  if (vacancyIds.length === 0) return;
  await refreshSearchEntries(tx, vacancyIds);
  await tx.searchOutbox.createMany({ data: vacancyIds.map((vacancyId) => ({ vacancyId })) });
  await recordPublicPageChange(tx, { vacancyIds });
}

/**
 * After commit: this server drops the changed pages from its cache now (the others within a second), and
 * the worker is asked to deliver the search outbox now (the minute sweep catches a lost request).
 */
export async function announcePublicChange(): Promise<void> {
  expireChangedPagesNow();
  const [{ env }, { requestJob }, { queues }] = await Promise.all([
    import("@/lib/server/env"),
    import("@/lib/server/jobs"),
    import("@/lib/server/queues"),
  ]);
  if (env().MEILI_URL) await requestJob(queues.syncSearch);
}

/**
 * After an exchange-rate change: "highest pay first" compares som and tenge at the rate in effect, so
 * the monthly pay in tenge of every indexed som vacancy follows it (same transaction), and Meilisearch
 * gets an outbox row for each entry that changed; every cached page shows pay in the other currency, so
 * all are out of date. Returns how many entries changed.
 */
export async function recordExchangeRateChange(tx: Prisma.TransactionClient): Promise<number> {
  await recordEveryPageChange(tx);
  return tx.$executeRaw`
    WITH current_rate AS (
      SELECT rate FROM "ExchangeRate" WHERE "baseCurrency" = 'KGS' AND "quoteCurrency" = 'KZT' AND "effectiveDate" <= now()
      ORDER BY "effectiveDate" DESC LIMIT 1
    ), changed AS (
      UPDATE "VacancySearch" s SET "salarySortKzt" = round(s."salaryTop" * current_rate.rate)::int
      FROM current_rate
      WHERE s."salaryCurrency" = 'KGS' AND s."salaryPeriod" = 'MONTH' AND s."salaryTop" IS NOT NULL
        AND s."salarySortKzt" IS DISTINCT FROM round(s."salaryTop" * current_rate.rate)::int
      RETURNING s."vacancyId"
    )
    INSERT INTO "SearchOutbox" ("vacancyId") SELECT "vacancyId" FROM changed`;
}
