import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { reportJurisdiction } from "@/lib/access/scopes";
import { parseInput } from "@/lib/forms/parse-input";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { handleReportSchema } from "./schemas";

/** Moves a report case on (in progress, resolved, dismissed), within the moderator's countries. */
export async function handleReport(actor: Actor | null, input: unknown): Promise<void> {
  const staff = requireStaff(actor);
  const { reportId, status, note } = parseInput(handleReportSchema, input);
  await db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({ where: { id: reportId, ...reportJurisdiction(staff) } });
    if (!report) throw new AppError("not_found");
    const updated = await tx.report.update({
      where: { id: report.id },
      data: { status, handledById: staff.userId, handledAt: new Date(), resolutionNote: note ?? report.resolutionNote },
    });
    await writeAudit(tx, {
      actor: staff,
      action: "report.handled",
      entityType: "Report",
      entityId: report.id,
      before: { status: report.status },
      after: { status: updated.status, note },
    });
  });
}
