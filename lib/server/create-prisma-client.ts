import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { poolConfigFromUrl } from "./database-url";

/**
 * A Prisma client on a node-postgres pool. Used by the app's `db`, the seed scripts, benchmarks and tests.
 * Every new connection lowers pg_trgm's word-similarity threshold to 0.5, which is what lets a search for
 * "povr" or "водитль" still find "повар" and "водитель" (the default 0.6 misses a dropped letter in
 * short words).
 */
export function createPrismaClient(url: string, poolMax = 10): PrismaClient {
  const pool = new pg.Pool(poolConfigFromUrl(url, { max: poolMax }));
  pool.on("connect", (client) => {
    client.query("SET pg_trgm.word_similarity_threshold = 0.5").catch(() => undefined);
  });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}
