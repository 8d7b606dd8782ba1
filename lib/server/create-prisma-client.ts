import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { poolConfigFromUrl } from "./database-url";

/** A Prisma client on node-postgres. Used by the app's `db`, the seed scripts, benchmarks and tests. */
export function createPrismaClient(url: string, poolMax = 10): PrismaClient {
  const adapter = new PrismaPg(poolConfigFromUrl(url, { max: poolMax }));
  return new PrismaClient({ adapter });
}
