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

/**
 * Runs a query on the configured engine; when Meilisearch fails (down, unreachable), the PostgreSQL index,
 * which every change updates in its own transaction, answers instead: seekers still get results.
 */
export async function withSearchFallback<T>(run: (engine: SearchEngine) => Promise<T>): Promise<T> {
  const primary = searchEngine();
  if (primary === postgresEngine) return run(postgresEngine);
  try {
    return await run(primary);
  } catch (error) {
    logger.warn("meilisearch failed, answering from PostgreSQL", { err: error });
    return run(postgresEngine);
  }
}
