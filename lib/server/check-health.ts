import "server-only";
import { db } from "./db";
import { logger } from "./logger";

/** Liveness of the parts the portal needs, for load balancers and the operations page. */
export async function checkHealth() {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, database: { ok: true, latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    logger.warn("health check: database unreachable", { err: error });
    return { ok: false, database: { ok: false, error: error instanceof Error ? error.message : String(error) } };
  }
}
