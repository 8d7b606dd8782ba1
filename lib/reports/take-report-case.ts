import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { reportJurisdiction } from "@/lib/access/scopes";
import { parseInput } from "@/lib/forms/parse-input";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { takeReportCaseSchema } from "./schemas";

/**
 * A moderator takes the case of one vacancy: its open reports are "being handled" and name the moderator,
 * so colleagues see who is on it. Taking a case a colleague holds hands it over (recorded in the log).
 */
export async function takeReportCase(actor: Actor | null, input: unknown): Promise<void> {
  const staff = requireStaff(actor);
  const { vacancyId } = parseInput(takeReportCaseSchema, input);
  const now = new Date();
  await db.$transaction(async (tx) => {
    const where = { vacancyId, ...reportJurisdiction(staff), status: { in: ["NEW" as const, "IN_PROGRESS" as const] } };
    const open = await tx.report.findMany({ where, select: { id: true, assignedToId: true } });
    if (open.length === 0) throw new AppError("not_found");
    await tx.report.updateMany({
      where: { id: { in: open.map((report) => report.id) } },
      data: { status: "IN_PROGRESS", assignedToId: staff.userId, assignedAt: now },
    });
    await writeAudit(tx, {
      actor: staff,
      action: "report.case_taken",
      entityType: "Vacancy",
      entityId: vacancyId,
      before: { assignedToId: open.find((report) => report.assignedToId)?.assignedToId ?? null },
      after: { assignedToId: staff.userId, reports: open.length },
    });
  });
}
