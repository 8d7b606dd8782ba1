import "server-only";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/logger";
import { createMeilisearchEngine } from "./meilisearch-engine";
import type { SearchEngine } from "./port";
import { postgresEngine } from "./postgres-engine";

let meili: ReturnType<typeof createMeilisearchEngine> | null | undefined;

/** Meilisearch when MEILI_URL is configured, else null. */
export function meilisearchEngine() {
  if (meili === undefined) {
    const { MEILI_URL, MEILI_MASTER_KEY } = env();
    meili = MEILI_URL ? createMeilisearchEngine({ host: MEILI_URL, masterKey: MEILI_MASTER_KEY }) : null;
  }
  return meili;
}

/** The engine that answers queries: Meilisearch when configured, PostgreSQL otherwise. */
export function searchEngine(): SearchEngine {
  return meilisearchEngine() ?? postgresEngine;
}

/** A Meilisearch answer later than this (its key lookup included) is not waited for. */
const meilisearchDeadlineMs = 2_500;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`meilisearch did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** After a failure, this server asks PostgreSQL alone for this long, then tries Meilisearch again. */
const meilisearchRestMs = 30_000;
let meilisearchFailedAt = Number.NEGATIVE_INFINITY;

/**
 * Runs a query on the configured engine; when Meilisearch fails (down, unreachable, or not answering within
 * its timeout), the PostgreSQL index, which every change updates in its own transaction, answers instead:
 * seekers still get results. After a failure the next 30 s of queries go straight to PostgreSQL, so a
 * Meilisearch that hangs does not add its timeout to every search (a per-server breaker: nothing shared
 * depends on it).
 */
export async function withSearchFallback<T>(run: (engine: SearchEngine) => Promise<T>): Promise<T> {
  const primary = searchEngine();
  if (primary === postgresEngine || Date.now() - meilisearchFailedAt < meilisearchRestMs) return run(postgresEngine);
  try {
    return await withDeadline(run(primary), meilisearchDeadlineMs);
  } catch (error) {
    meilisearchFailedAt = Date.now();
    logger.warn("meilisearch failed, answering from PostgreSQL for 30 s", { err: error });
    return run(postgresEngine);
  }
}
