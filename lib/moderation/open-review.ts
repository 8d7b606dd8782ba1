import "server-only";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { requireStaff } from "@/lib/access/require";
import { vacancyJurisdiction } from "@/lib/access/scopes";
import { isClaimedByOther } from "./claims";

/**
 * Opens an item for review and claims it for the moderator (unless another moderator's claim is fresh):
 * two moderators see who is on it, and a stale decision is refused later by its version.
 */
export async function openReview(actor: Actor | null, vacancyId: string) {
  const staff = requireStaff(actor);
  const now = new Date();
  const vacancy = await db.vacancy.findFirst({
    where: { id: vacancyId, ...vacancyJurisdiction(staff) },
    include: {
      organization: true,
      occupation: true,
      region: true,
      city: true,
      revisions: { where: { status: "PENDING_REVIEW" }, take: 1 },
    },
  });
  if (!vacancy) throw new AppError("not_found");
  const claimedByOther = isClaimedByOther(vacancy, staff.userId, now);
  if (!claimedByOther) {
    // Raw update: a claim must not change updatedAt, the version decisions are checked against.
    await db.$executeRaw`UPDATE "Vacancy" SET "claimedById" = ${staff.userId}, "claimedAt" = ${now} WHERE id = ${vacancy.id}`;
  }
  const [claimer, history] = await Promise.all([
    claimedByOther
      ? db.user.findUnique({ where: { id: vacancy.claimedById! }, select: { name: true, email: true } })
      : null,
    db.vacancy.groupBy({ by: ["status"], where: { organizationId: vacancy.organizationId }, _count: { _all: true } }),
  ]);
  const [rejectedRevisions, reports] = await Promise.all([
    db.vacancyRevision.count({ where: { vacancy: { organizationId: vacancy.organizationId }, status: "REJECTED" } }),
    db.report.count({ where: { vacancy: { organizationId: vacancy.organizationId } } }),
  ]);
  return {
    vacancy,
    revision: vacancy.revisions[0] ?? null,
    claimedBy: claimedByOther ? (claimer?.name ?? claimer?.email ?? "?") : null,
    employerHistory: {
      byStatus: Object.fromEntries(history.map((row) => [row.status, row._count._all])) as Record<string, number>,
      rejectedRevisions,
      reports,
    },
  };
}
