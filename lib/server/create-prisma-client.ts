import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { poolConfigFromUrl } from "./database-url";
import { PatientPool } from "./patient-pool";
import { retryReadsCutByRestart } from "./retry-reads";

/**
 * A Prisma client on node-postgres. Used by the app's `db`, the seed scripts, benchmarks and tests.
 * Connections ask for random_page_cost = 1.1 (SSD storage, as every current server has): with the default
 * 4.0 PostgreSQL misjudges prefix full-text matches and scans the whole search table instead of using its
 * GIN index (93 ms instead of 19 ms for "повар" on 100 000 vacancies). The embedded database ignores it.
 */
export const connectionOptions = "-c random_page_cost=1.1";

export function createPrismaClient(url: string, poolMax = 10): PrismaClient {
  const pool = new PatientPool(poolConfigFromUrl(url, { max: poolMax, options: connectionOptions }));
  const adapter = new PrismaPg(pool);
  // The extended client has the same methods; its type says more than the rest of the code needs.
  return new PrismaClient({ adapter }).$extends(retryReadsCutByRestart) as unknown as PrismaClient;
}
