import "server-only";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import type { SearchEngine } from "./port";

/**
 * Applies pending outbox rows to the external engine, oldest first, in batches. Rows are claimed with
 * SKIP LOCKED (several workers never send the same batch twice) and marked processed only after the
 * engine confirmed; on failure they stay pending with the error and the attempt counted.
 * Without an external engine the rows are simply closed: the PostgreSQL index was updated in the change's
 * own transaction.
 */
export async function syncSearchOutbox(
  engine: SearchEngine | null,
  batchSize = 500,
): Promise<{ applied: number; pending: number }> {
  let applied = 0;
  for (;;) {
    const done = await db
      .$transaction(
        async (tx) => {
          const rows = await tx.$queryRaw<{ id: bigint; vacancyId: string }[]>`
          SELECT id, "vacancyId" FROM "SearchOutbox" WHERE "processedAt" IS NULL ORDER BY id LIMIT ${batchSize} FOR UPDATE SKIP LOCKED`;
          if (rows.length === 0) return 0;
          const ids = rows.map((r) => r.id);
          if (engine) await engine.sync([...new Set(rows.map((r) => r.vacancyId))]);
          await tx.$executeRaw`UPDATE "SearchOutbox" SET "processedAt" = now(), attempts = attempts + 1, "lastError" = NULL WHERE id = ANY(${ids}::bigint[])`;
          return rows.length;
        },
        { timeout: 120_000 },
      )
      .catch(async (error) => {
        // The claim was rolled back with the transaction; count the attempt on the oldest pending rows.
        await recordFailure(String(error), batchSize);
        throw error;
      });
    applied += done;
    if (done < batchSize) break;
  }
  return { applied, pending: await searchBacklog().then((b) => b.pending) };
}

async function recordFailure(message: string, batchSize: number) {
  await db.$executeRaw`
    UPDATE "SearchOutbox" SET attempts = attempts + 1, "lastError" = ${message.slice(0, 500)}
    WHERE id IN (SELECT id FROM "SearchOutbox" WHERE "processedAt" IS NULL ORDER BY id LIMIT ${batchSize})`;
  logger.warn("search outbox: delivery failed, will retry", { error: message });
}

/** What the health page shows: how many changes wait for the external engine, and since when. */
export async function searchBacklog(): Promise<{ pending: number; oldestSeconds: number | null }> {
  const [row] = await db.$queryRaw<{ pending: number; oldest: Date | null }[]>`
    SELECT count(*)::int AS pending, min("createdAt") AS oldest FROM "SearchOutbox" WHERE "processedAt" IS NULL`;
  return {
    pending: row?.pending ?? 0,
    oldestSeconds: row?.oldest ? Math.round((Date.now() - row.oldest.getTime()) / 1000) : null,
  };
}
