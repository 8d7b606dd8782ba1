// Database access for integration tests: the very client the use cases use (one pool, which matters on the
// single-session embedded database), pointed at the test database by the global setup.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

export function testPrisma(): PrismaClient {
  return db;
}

/**
 * Removes everything but reference data (and the append-only audit log, which refuses deletes by design).
 * Tests call it in beforeAll so each file starts from a known state.
 */
export async function clearTransactionalData() {
  await db.$executeRawUnsafe(
    'TRUNCATE "Report", "Response", "VacancyRevision", "Vacancy", "Invitation", "OneTimeToken", "Membership", "Organization", "User", "MailMessage", "RateLimitCounter", "SearchOutbox", "PageExpiry", "Notification", "AlertAddress", "RiskModelVersion" CASCADE',
  );
}
