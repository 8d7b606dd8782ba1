import "server-only";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";

/**
 * Counts a seeker's view of a published vacancy (for the employer's dashboard). Raw SQL on purpose: it
 * must not touch updatedAt, which guards the employer's edits against concurrent changes. Never fails the page.
 */
export async function recordVacancyView(vacancyId: string): Promise<void> {
  try {
    await db.$executeRaw`UPDATE "Vacancy" SET "viewCount" = "viewCount" + 1 WHERE "id" = ${vacancyId} AND "status" = 'PUBLISHED'`;
  } catch (error) {
    logger.warn("could not count a vacancy view", { vacancyId, err: error });
  }
}
