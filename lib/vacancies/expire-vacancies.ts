import "server-only";
import { recordSearchChange, announcePublicChange } from "@/lib/search/record-search-change";
import { db } from "@/lib/server/db";

/**
 * Published vacancies past their valid-through date become expired (run by the worker every 10 minutes;
 * the public list already hides them by date, this makes the status and the employer's dashboard agree).
 */
export async function expireVacancies(now = new Date(), batchSize = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const expired = await db.$transaction(async (tx) => {
      const due = await tx.vacancy.findMany({
        where: { status: "PUBLISHED", validThrough: { lte: now } },
        select: { id: true, validThrough: true },
        take: batchSize,
      });
      if (due.length === 0) return 0;
      const { count } = await tx.vacancy.updateMany({
        where: { id: { in: due.map((v) => v.id) }, status: "PUBLISHED" },
        data: { status: "EXPIRED", expiredAt: now },
      });
      await tx.auditLog.createMany({
        data: due.map((v) => ({
          action: "vacancy.expired",
          entityType: "Vacancy",
          entityId: v.id,
          before: { status: "PUBLISHED", validThrough: v.validThrough },
          after: { status: "EXPIRED" },
        })),
      });
      await recordSearchChange(
        tx,
        due.map((v) => v.id),
      );
      return count;
    });
    total += expired;
    if (expired < batchSize) {
      if (total > 0) await announcePublicChange();
      return total;
    }
  }
}
