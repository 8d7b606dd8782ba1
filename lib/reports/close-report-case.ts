import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { reportJurisdiction, vacancyJurisdiction } from "@/lib/access/scopes";
import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { closeReportCaseSchema } from "./schemas";

/** What must be true of the vacancy or employer for an upheld outcome to be the truth. */
const outcomeHolds = {
  VACANCY_CLOSED: (v: { status: string }) => v.status === "CLOSED" || v.status === "REJECTED",
  CHANGES_REQUESTED: (v: { status: string }) => v.status === "DRAFT" || v.status === "PENDING_REVIEW",
  EMPLOYER_BLOCKED: (v: { organization: { blockedAt: Date | null } }) => v.organization.blockedAt !== null,
  EMPLOYER_WARNED: () => true,
  DISMISSED: () => true,
} as const;

/**
 * A moderator closes the case of one vacancy with an outcome: upheld, naming the action taken (vacancy
 * closed, returned for changes, employer blocked or warned), or dismissed; the note says what was found.
 * An outcome that is not so yet (the vacancy still public when "closed" is claimed) is refused next to the
 * field: take the action first. All open reports of the vacancy close together and stop counting towards
 * hiding it; the reporters see "closed" on their receipt page.
 */
export async function closeReportCase(actor: Actor | null, input: unknown): Promise<{ closed: number }> {
  const staff = requireStaff(actor);
  const { vacancyId, outcome, note } = parseInput(closeReportCaseSchema, input);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const vacancy = await tx.vacancy.findFirst({
      where: { id: vacancyId, ...vacancyJurisdiction(staff) },
      select: { id: true, status: true, organization: { select: { blockedAt: true } } },
    });
    if (!vacancy) throw new AppError("not_found");
    const open = await tx.report.findMany({
      where: { vacancyId, ...reportJurisdiction(staff), status: { in: ["NEW", "IN_PROGRESS"] } },
      select: { id: true, status: true },
    });
    if (open.length === 0) throw new AppError("conflict", "no open reports");
    if (!outcomeHolds[outcome](vacancy)) throw invalidFields({ outcome: ["validation.reportOutcomeNotDone"] });
    const status = outcome === "DISMISSED" ? "DISMISSED" : "RESOLVED";
    await tx.report.updateMany({
      where: { id: { in: open.map((report) => report.id) } },
      data: { status, outcome, handledById: staff.userId, handledAt: now, resolutionNote: note },
    });
    await tx.report.updateMany({
      where: { id: { in: open.map((report) => report.id) }, answeredAt: null },
      data: { answeredAt: now },
    });
    // The reports are answered: a published vacancy they put at the top of the review queue leaves it.
    if (vacancy.status === "PUBLISHED")
      await tx.vacancy.update({ where: { id: vacancyId }, data: { reportedAt: null } });
    await writeAudit(tx, {
      actor: staff,
      action: "report.case_closed",
      entityType: "Vacancy",
      entityId: vacancyId,
      before: { reports: open.length },
      after: { outcome, note, reports: open.length },
    });
    return { closed: open.length };
  });
}
