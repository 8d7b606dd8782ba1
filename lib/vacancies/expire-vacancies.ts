import "server-only";
import { recordSearchChange, announcePublicChange } from "@/lib/search/record-search-change";
import { db } from "@/lib/server/db";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { notifyOrganization } from "@/lib/notifications/notify";
import { toLocalDate } from "./form-values";

/**
 * Published vacancies past their valid-through date become expired (run by the worker every 10 minutes;
 * the public list already hides them by date, this makes the status and the employer's dashboard agree).
 * The organisation's people are told once per vacancy and end date.
 */
export async function expireVacancies(now = new Date(), batchSize = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const { expired, mailIds } = await db.$transaction(async (tx) => {
      const due = await tx.vacancy.findMany({
        where: { status: "PUBLISHED", validThrough: { lte: now } },
        select: { id: true, validThrough: true, organizationId: true, title: true },
        take: batchSize,
      });
      if (due.length === 0) return { expired: 0, mailIds: [] };
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
      const mailIds: string[] = [];
      for (const vacancy of due) {
        const date = toLocalDate(vacancy.validThrough!);
        mailIds.push(
          ...(await notifyOrganization(tx, {
            organizationId: vacancy.organizationId,
            kind: "VACANCY_EXPIRED",
            vacancyId: vacancy.id,
            params: { title: vacancy.title, date },
            dedupeKey: `expired:${vacancy.id}:${date}`,
          })),
        );
      }
      return { expired: count, mailIds };
    });
    await requestMailDelivery(mailIds);
    total += expired;
    if (expired < batchSize) {
      if (total > 0) await announcePublicChange();
      return total;
    }
  }
}
