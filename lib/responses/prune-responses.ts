import "server-only";
import { db } from "@/lib/server/db";

/** How long responses are kept after their vacancy closed or expired (the consent text says so). */
export const responseRetentionDays = 180;

/** Deletes the responses whose vacancy ended more than 180 days ago (run daily by the worker). */
export async function pruneResponses(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - responseRetentionDays * 86_400_000);
  const { count } = await db.response.deleteMany({
    where: {
      vacancy: {
        OR: [
          { status: "CLOSED", closedAt: { lt: before } },
          { status: "EXPIRED", expiredAt: { lt: before } },
          { status: "REJECTED", rejectedAt: { lt: before } },
        ],
      },
    },
  });
  return count;
}
