import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { reportJurisdiction, vacancyJurisdiction } from "@/lib/access/scopes";
import { displayNames } from "@/lib/accounts/display-names";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/**
 * The report case of one vacancy for staff of its country: every report about it (open and closed), the
 * vacancy and its employer, who took the case, and the outcome of closed reports. "Not found" outside the
 * staff member's countries or when nobody reported the vacancy.
 */
export async function openReportCase(actor: Actor | null, vacancyId: string) {
  const staff = requireStaff(actor);
  const vacancy = await db.vacancy.findFirst({
    where: { id: vacancyId, ...vacancyJurisdiction(staff) },
    select: {
      id: true,
      title: true,
      language: true,
      status: true,
      countryCode: true,
      publishedAt: true,
      organization: { select: { id: true, legalName: true, blockedAt: true, verificationState: true } },
    },
  });
  if (!vacancy) throw new AppError("not_found");
  const reports = await db.report.findMany({
    where: { vacancyId: vacancy.id, ...reportJurisdiction(staff) },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  if (reports.length === 0) throw new AppError("not_found");
  const nameOf = await displayNames(reports.flatMap((report) => [report.assignedToId, report.handledById]));
  const open = reports.filter((report) => report.status === "NEW" || report.status === "IN_PROGRESS");
  const assignedToId = open.find((report) => report.assignedToId)?.assignedToId ?? null;
  return {
    vacancy,
    reports: reports.map((report) => ({
      ...report,
      handledByName: report.handledById ? (nameOf.get(report.handledById) ?? null) : null,
    })),
    open: open.length,
    assignee: assignedToId ? { id: assignedToId, name: nameOf.get(assignedToId) ?? null } : null,
    takenByMe: assignedToId === staff.userId,
  };
}
