import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { reportJurisdiction } from "@/lib/access/scopes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { displayNames } from "@/lib/accounts/display-names";
import { db } from "@/lib/server/db";
import { reportCaseFilterSchema } from "./schemas";

export const reportCasesPageSize = 20;

/**
 * Report cases of the staff member's countries, one per vacancy (all its reports together): open ones
 * (new or taken), or the archive of closed ones with their outcome. Each case: how many reports, by reason,
 * the first and last, who took it, and the vacancy and employer. Newest activity first, 20 a page.
 */
export async function listReportCases(actor: Actor | null, input: unknown = {}) {
  const staff = requireStaff(actor);
  const filter = reportCaseFilterSchema.parse(input ?? {});
  const state = filter.state ?? "open";
  const where: Prisma.ReportWhereInput = {
    AND: [
      reportJurisdiction(staff),
      { status: state === "open" ? { in: ["NEW", "IN_PROGRESS"] } : { in: ["RESOLVED", "DISMISSED"] } },
      filter.country ? { countryCode: filter.country } : {},
      filter.reason ? { reason: filter.reason } : {},
      filter.outcome && state === "closed" ? { outcome: filter.outcome } : {},
    ],
  };
  const page = filter.page ?? 1;
  const [groups, cases] = await Promise.all([
    db.report.groupBy({
      by: ["vacancyId"],
      where,
      _count: { _all: true },
      _min: { createdAt: true },
      _max: { createdAt: true, handledAt: true },
      orderBy: state === "open" ? { _max: { createdAt: "desc" } } : { _max: { handledAt: "desc" } },
      skip: (page - 1) * reportCasesPageSize,
      take: reportCasesPageSize,
    }),
    db.report.groupBy({ by: ["vacancyId"], where }).then((rows) => rows.length),
  ]);
  const vacancyIds = groups.map((group) => group.vacancyId);
  const [reports, vacancies] = await Promise.all([
    db.report.findMany({
      where: { AND: [where, { vacancyId: { in: vacancyIds } }] },
      select: { vacancyId: true, reason: true, assignedToId: true, handledById: true, outcome: true, receipt: true },
    }),
    db.vacancy.findMany({
      where: { id: { in: vacancyIds } },
      select: {
        id: true,
        title: true,
        language: true,
        status: true,
        countryCode: true,
        organization: { select: { id: true, legalName: true } },
      },
    }),
  ]);
  const nameOf = await displayNames(reports.flatMap((report) => [report.assignedToId, report.handledById]));
  const vacancyOf = new Map(vacancies.map((vacancy) => [vacancy.id, vacancy]));
  return {
    filter: { ...filter, state },
    page,
    total: cases,
    pages: Math.max(1, Math.ceil(cases / reportCasesPageSize)),
    cases: groups.map((group) => {
      const own = reports.filter((report) => report.vacancyId === group.vacancyId);
      const reasons: Record<string, number> = {};
      for (const report of own) reasons[report.reason] = (reasons[report.reason] ?? 0) + 1;
      const assignee = own.find((report) => report.assignedToId)?.assignedToId;
      const handler = own.find((report) => report.handledById)?.handledById;
      return {
        vacancy: vacancyOf.get(group.vacancyId)!,
        count: group._count._all,
        firstAt: group._min.createdAt!,
        lastAt: group._max.createdAt!,
        closedAt: group._max.handledAt,
        reasons,
        receipts: own.map((report) => report.receipt),
        outcome: own.find((report) => report.outcome)?.outcome ?? null,
        assignee: assignee ? (nameOf.get(assignee) ?? null) : null,
        handler: handler ? (nameOf.get(handler) ?? null) : null,
      };
    }),
  };
}
