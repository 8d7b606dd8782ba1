import "server-only";
import { db } from "@/lib/server/db";

/**
 * An employer's record on the portal, for moderators: its vacancies by status, rejected edits, public
 * reports and responses received. Internal: the use cases that call it have found the organisation within
 * the staff member's countries first.
 */
export async function loadEmployerRecord(organizationId: string) {
  const [byStatus, rejectedRevisions, reports, openReports, responses] = await Promise.all([
    db.vacancy.groupBy({ by: ["status"], where: { organizationId }, _count: { _all: true } }),
    db.vacancyRevision.count({ where: { vacancy: { organizationId }, status: "REJECTED" } }),
    db.report.count({ where: { vacancy: { organizationId } } }),
    db.report.count({ where: { vacancy: { organizationId }, status: { in: ["NEW", "IN_PROGRESS"] } } }),
    db.response.count({ where: { vacancy: { organizationId } } }),
  ]);
  const count = Object.fromEntries(byStatus.map((row) => [row.status, row._count._all])) as Record<string, number>;
  return {
    published: count.PUBLISHED ?? 0,
    pending: count.PENDING_REVIEW ?? 0,
    rejected: (count.REJECTED ?? 0) + rejectedRevisions,
    closed: count.CLOSED ?? 0,
    expired: count.EXPIRED ?? 0,
    reports,
    openReports,
    responses,
  };
}

export type EmployerRecord = Awaited<ReturnType<typeof loadEmployerRecord>>;
