import "server-only";
import { searchBacklog } from "@/lib/search/sync-search-outbox";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/logger";

/** Liveness of the parts the portal needs, and the search outbox backlog, for monitoring and the status page. */
export async function checkHealth() {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    const latencyMs = Math.round(performance.now() - started);
    const backlog = await searchBacklog();
    const engine = env().MEILI_URL ? "meilisearch" : "postgres";
    // Meilisearch falling behind by more than 10 minutes is worth a page to the operator; search still
    // answers from PostgreSQL meanwhile.
    const searchOk = engine === "postgres" || (backlog.oldestSeconds ?? 0) < 600;
    return {
      ok: true,
      database: { ok: true, latencyMs },
      search: { ok: searchOk, engine, backlog: backlog.pending, oldestPendingSeconds: backlog.oldestSeconds },
    };
  } catch (error) {
    logger.warn("health check: database unreachable", { err: error });
    return { ok: false, database: { ok: false, error: error instanceof Error ? error.message : String(error) } };
  }
}
