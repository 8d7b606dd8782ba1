import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { reportJurisdiction, vacancyJurisdiction } from "@/lib/access/scopes";
import type { CountryCode, RiskLevel } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { toLocalDate } from "@/lib/vacancies/form-values";

const riskLevels: RiskLevel[] = ["HIGH", "MEDIUM", "LOW"];
const decisionActions = [
  "vacancy.approved",
  "vacancy.changes_requested",
  "vacancy.rejected",
  "vacancy.closed_by_moderator",
  "vacancy.revision_approved",
  "vacancy.revision_rejected",
];

/**
 * What a moderator sees on entry, for their countries: items waiting by country and risk (new vacancies,
 * edits of published ones, published ones reported by seekers), the longest wait, open report cases, and
 * the decisions taken today (Central Asian calendar day), theirs and everyone's.
 */
export async function loadModerationDashboard(actor: Actor | null, now = new Date()) {
  const staff = requireStaff(actor);
  const scope = vacancyJurisdiction(staff);
  const startOfDay = new Date(`${toLocalDate(now)}T00:00:00+05:00`);
  const [pending, revisions, reported, openReports, decidedToday] = await Promise.all([
    db.vacancy.groupBy({
      by: ["countryCode", "riskLevel"],
      where: { ...scope, status: "PENDING_REVIEW" },
      _count: { _all: true },
      _min: { submittedAt: true },
    }),
    db.vacancyRevision.findMany({
      where: { status: "PENDING_REVIEW", vacancy: { ...scope, status: "PUBLISHED" } },
      select: { riskLevel: true, submittedAt: true, vacancy: { select: { countryCode: true } } },
    }),
    db.vacancy.groupBy({
      by: ["countryCode", "riskLevel"],
      where: {
        ...scope,
        status: "PUBLISHED",
        reportedAt: { not: null },
        revisions: { none: { status: "PENDING_REVIEW" } },
      },
      _count: { _all: true },
      _min: { reportedAt: true },
    }),
    db.report.groupBy({
      by: ["vacancyId"],
      where: { ...reportJurisdiction(staff), status: { in: ["NEW", "IN_PROGRESS"] } },
      _count: { _all: true },
    }),
    db.auditLog.findMany({
      where: { action: { in: decisionActions }, at: { gte: startOfDay } },
      select: { entityId: true, actorId: true },
    }),
  ]);
  const waiting = new Map<string, number>();
  const add = (country: CountryCode, level: RiskLevel, count: number) =>
    waiting.set(`${country}:${level}`, (waiting.get(`${country}:${level}`) ?? 0) + count);
  let oldest: Date | null = null;
  const older = (date: Date | null | undefined) => {
    if (date && (!oldest || date < oldest)) oldest = date;
  };
  for (const row of [...pending, ...reported]) add(row.countryCode, row.riskLevel, row._count._all);
  for (const row of pending) older(row._min.submittedAt);
  for (const row of reported) older(row._min.reportedAt);
  for (const revision of revisions) {
    add(revision.vacancy.countryCode, revision.riskLevel, 1);
    older(revision.submittedAt);
  }
  // Today's decisions on vacancies of the moderator's countries (the log itself has no country).
  const decidedIds = [...new Set(decidedToday.map((entry) => entry.entityId))];
  const inScope = decidedIds.length
    ? new Set(
        (await db.vacancy.findMany({ where: { id: { in: decidedIds }, ...scope }, select: { id: true } })).map(
          (vacancy) => vacancy.id,
        ),
      )
    : new Set<string>();
  const decisions = decidedToday.filter((entry) => inScope.has(entry.entityId));
  return {
    countries: staff.jurisdictions,
    /** Items waiting, by country then risk level */
    waiting: Object.fromEntries(
      staff.jurisdictions.map((country) => [
        country,
        Object.fromEntries(riskLevels.map((level) => [level, waiting.get(`${country}:${level}`) ?? 0])),
      ]),
    ) as Record<CountryCode, Record<RiskLevel, number>>,
    totalWaiting: [...waiting.values()].reduce((sum, count) => sum + count, 0),
    oldestWaitingSince: oldest as Date | null,
    openCases: openReports.length,
    openReports: openReports.reduce((sum, row) => sum + row._count._all, 0),
    decisionsToday: decisions.length,
    myDecisionsToday: decisions.filter((entry) => entry.actorId === staff.userId).length,
  };
}
