import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { locales } from "@/lib/i18n/routing";
import { db } from "@/lib/server/db";

// Public pages (home, vacancy, employer) are rendered once and then served from Next's page cache to
// every visitor, with shared-cache headers (decision 0018). When their data changes, the transaction
// that changes it writes a PageExpiry row per page; each web server's cache handler
// (lib/server/page-cache-handler.cjs) reads new rows about once a second and drops those pages, and the
// server that made the change drops them at once. The worker's changes (expiry) reach every server the
// same way. The pages' own revalidate times bound what nothing announces (similar vacancies, counts).

/** Every page: an exchange rate changes the pay shown in the other currency everywhere. */
export const everyPage = "/layout";

export type PublicChange = { vacancyIds?: string[]; organizationIds?: string[] };

/** The paths, in every language, of the pages that show these vacancies and employers (and the home page's counts). */
export function publicPagePaths({ vacancyIds = [], organizationIds = [] }: PublicChange): string[] {
  if (vacancyIds.length === 0 && organizationIds.length === 0) return [];
  return locales.flatMap((locale) => [
    `/${locale}`,
    ...vacancyIds.map((id) => `/${locale}/vacancies/${id}`),
    ...organizationIds.map((id) => `/${locale}/employers/${id}`),
  ]);
}

/** Inside the transaction that changes public data: the pages that showed it are out of date once it commits. */
export async function recordPublicPageChange(tx: Prisma.TransactionClient, change: PublicChange): Promise<void> {
  const vacancyIds = change.vacancyIds ?? [];
  // The employer page lists its open vacancies.
  const owners = vacancyIds.length
    ? await tx.vacancy.findMany({ where: { id: { in: vacancyIds } }, select: { organizationId: true } })
    : [];
  const organizationIds = [...new Set([...(change.organizationIds ?? []), ...owners.map((v) => v.organizationId)])];
  const paths = publicPagePaths({ vacancyIds, organizationIds });
  if (paths.length) await tx.pageExpiry.createMany({ data: paths.map((path) => ({ path })) });
}

/** Inside the transaction that records a new exchange rate. */
export async function recordEveryPageChange(tx: Prisma.TransactionClient): Promise<void> {
  await tx.pageExpiry.create({ data: { path: everyPage } });
}

// The cache handler is loaded by Next outside the application's bundle: the two meet on globalThis.
const syncNowKey = Symbol.for("portal.pageCache.syncNow");
const readExpiriesKey = Symbol.for("portal.pageCache.readExpiries");

type PageExpiries = { now: Date; rows: { id: string; path: string }[] };

/** After commit: this server drops the changed pages before its next response (others within a second). */
export function expireChangedPagesNow(): void {
  const syncNow = (globalThis as Record<symbol, unknown>)[syncNowKey];
  if (typeof syncNow === "function") syncNow();
}

/**
 * Called once at server start (instrumentation.ts): lends the cache handler the application's database
 * pool, so the embedded database's single connection is shared and production needs no second pool.
 */
export function lendPageExpiriesToCacheHandler(): void {
  // The database's clock on both sides of the comparison: the servers' clocks may differ from it.
  (globalThis as Record<symbol, unknown>)[readExpiriesKey] = async (since: Date | null): Promise<PageExpiries> => {
    const [result] = await db.$queryRaw<PageExpiries[]>`
      WITH fresh AS (
        SELECT "id", "path" FROM "PageExpiry"
        WHERE ${since}::timestamptz IS NOT NULL AND "createdAt" > ${since}::timestamptz
        ORDER BY "id" LIMIT 5000
      )
      SELECT statement_timestamp() AS "now",
        (SELECT coalesce(json_agg(json_build_object('id', "id"::text, 'path', "path")), '[]'::json) FROM fresh) AS "rows"`;
    return result!;
  };
}

/** Rows older than a day have been read by every running server (a server that starts has an empty cache). */
export async function prunePageExpiries(): Promise<number> {
  return db.$executeRaw`DELETE FROM "PageExpiry" WHERE "createdAt" < now() - interval '1 day'`;
}
