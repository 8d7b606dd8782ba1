import "server-only";
import type { Actor } from "@/lib/access/actor";
import { displayNames } from "@/lib/accounts/display-names";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { requireStaff } from "@/lib/access/require";
import { vacancyJurisdiction } from "@/lib/access/scopes";
import { composeVacancyView } from "@/lib/vacancies/compose-vacancy-view";
import { namesSelect } from "@/lib/vacancies/get-published-vacancy";
import { moderatorDecisions } from "@/lib/vacancies/status-rules";
import { isClaimedByOther } from "./claims";
import { assessVacancy } from "./risk/assess-vacancy";
import type { RiskReason } from "./risk/score-vacancy";
import { loadEmployerRecord } from "./load-employer-record";

/** The vacancy's events a moderator reads before deciding: submissions, decisions and their reasons. */
export const reviewHistoryActions = [
  "vacancy.submitted",
  "vacancy.revision_submitted",
  "vacancy.approved",
  "vacancy.changes_requested",
  "vacancy.rejected",
  "vacancy.closed",
  "vacancy.closed_by_moderator",
  "vacancy.revision_approved",
  "vacancy.revision_rejected",
  "vacancy.hidden_by_reports",
  "vacancy.renewed",
  "vacancy.expired",
];

/**
 * Opens an item for review and claims it for the moderator (unless another moderator's claim is fresh):
 * two moderators see who is on it, and a stale decision is refused later by its version. The answer holds
 * the vacancy as seekers will see it (with a pending edit laid over it), the risk as the rules and the
 * employer stand now (a verification since the submission counts), the employer's record, the vacancy's
 * earlier decisions and its public reports, and the decisions its state allows.
 */
export async function openReview(actor: Actor | null, vacancyId: string) {
  const staff = requireStaff(actor);
  const now = new Date();
  const vacancy = await db.vacancy.findFirst({
    where: { id: vacancyId, ...vacancyJurisdiction(staff) },
    include: { organization: true, revisions: { where: { status: "PENDING_REVIEW" }, take: 1 } },
  });
  if (!vacancy) throw new AppError("not_found");
  const revision = vacancy.revisions[0] ?? null;
  const decisions = moderatorDecisions({
    status: vacancy.status,
    hasPendingRevision: Boolean(revision),
    reported: vacancy.reportedAt !== null,
  });
  const claimedByOther = isClaimedByOther(vacancy, staff.userId, now);
  if (!claimedByOther && decisions.length > 0) {
    // Raw update: a claim must not change updatedAt, the version decisions are checked against.
    await db.$executeRaw`UPDATE "Vacancy" SET "claimedById" = ${staff.userId}, "claimedAt" = ${now} WHERE id = ${vacancy.id}`;
  }
  const view = await composeVacancyView(vacancy, revision, { keepStoredDate: true });
  const [claimer, employerRecord, history, reports, risk] = await Promise.all([
    claimedByOther
      ? db.user.findUnique({ where: { id: vacancy.claimedById! }, select: { name: true, email: true } })
      : null,
    loadEmployerRecord(vacancy.organizationId),
    db.auditLog.findMany({
      where: { entityType: "Vacancy", entityId: vacancy.id, action: { in: reviewHistoryActions } },
      orderBy: { at: "desc" },
      take: 50,
    }),
    db.report.findMany({ where: { vacancyId: vacancy.id }, orderBy: { createdAt: "desc" }, take: 50 }),
    view.complete ? assessVacancy(db, assessable(view.vacancy)) : storedRisk(revision ?? vacancy),
  ]);
  const [people, codeNames] = await Promise.all([
    displayNames(history.map((entry) => entry.actorId)),
    namesOfCodes([vacancy, (revision?.data ?? {}) as Record<string, unknown>]),
  ]);
  return {
    vacancy,
    revision,
    view,
    risk,
    decisions,
    claimedBy: claimedByOther ? (claimer?.name ?? claimer?.email ?? "?") : null,
    employerRecord,
    history: history.map((entry) => ({ ...entry, actorName: entry.actorId ? people.get(entry.actorId) : null })),
    reports,
    codeNames,
  };
}

/** The names of the places and occupations two versions of a vacancy name (for the diff), three queries. */
async function namesOfCodes(versions: Record<string, unknown>[]) {
  const codes = (field: string) => [
    ...new Set(versions.map((version) => version[field]).filter((code): code is string => typeof code === "string")),
  ];
  const [regions, cities, occupations] = await Promise.all([
    db.region.findMany({ where: { code: { in: codes("regionCode") } }, select: { code: true, ...namesSelect } }),
    db.city.findMany({ where: { code: { in: codes("cityCode") } }, select: { code: true, ...namesSelect } }),
    db.occupation.findMany({
      where: { code: { in: codes("occupationCode") } },
      select: { code: true, ...namesSelect },
    }),
  ]);
  return [...regions, ...cities, ...occupations];
}

function storedRisk(item: { riskScore: number; riskLevel: "LOW" | "MEDIUM" | "HIGH"; riskReasons: unknown }) {
  return { score: item.riskScore, level: item.riskLevel, reasons: (item.riskReasons ?? []) as RiskReason[] };
}

type View = Extract<Awaited<ReturnType<typeof composeVacancyView>>, { complete: true }>["vacancy"];
function assessable(view: View) {
  const number = (value: { toNumber(): number } | null) => (value === null ? null : value.toNumber());
  return {
    ...view,
    occupationCode: view.occupation.code,
    salaryMin: number(view.salaryMin),
    salaryMax: number(view.salaryMax),
  };
}
