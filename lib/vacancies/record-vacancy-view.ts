import "server-only";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import { consumeRateLimit } from "@/lib/server/rate-limit";
import { hashToken } from "@/lib/server/tokens";
import { vacancyIdSchema } from "./schemas";

// A reader who comes back to the same vacancy within six hours is one view; a single address counts at
// most 300 vacancies an hour (a crawler's or a script's visits would mislead the employer).
const viewLimits = {
  perVacancy: { limit: 1, windowSeconds: 6 * 60 * 60 },
  perAddress: { limit: 300, windowSeconds: 60 * 60 },
};

/**
 * Counts a seeker's view of a published vacancy (for the employer's dashboard). The page is cached for
 * everyone, so the browser reports the view (components/vacancies/view-beacon.tsx). Raw SQL on purpose:
 * it must not touch updatedAt, which guards the employer's edits against concurrent changes. Never fails.
 * Returns whether the view was counted.
 */
export async function recordVacancyView(vacancyId: unknown, context: { ip: string }): Promise<boolean> {
  const id = vacancyIdSchema.safeParse(vacancyId);
  if (!id.success) return false;
  try {
    const address = hashToken(context.ip);
    const [perVacancy, perAddress] = await Promise.all([
      consumeRateLimit(`view:${id.data}:${address}`, viewLimits.perVacancy),
      consumeRateLimit(`view:ip:${address}`, viewLimits.perAddress),
    ]);
    if (!perVacancy.allowed || !perAddress.allowed) return false;
    const counted =
      await db.$executeRaw`UPDATE "Vacancy" SET "viewCount" = "viewCount" + 1 WHERE "id" = ${id.data} AND "status" = 'PUBLISHED'`;
    return counted === 1;
  } catch (error) {
    logger.warn("could not count a vacancy view", { vacancyId: id.data, err: error });
    return false;
  }
}
