import "server-only";
import { z } from "zod";
import type { CountryCode } from "@/lib/generated/prisma/enums";
import { requireStaff } from "@/lib/moderation/staff";
import type { Actor } from "@/lib/server/actor";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export const handleReportSchema = z.object({
  reportId: z.string().min(1),
  status: z.enum(["IN_PROGRESS", "RESOLVED", "DISMISSED"]),
  note: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(2000, "validation.tooLong").optional(),
  ),
});

/** Open report cases of the moderator's countries, newest first, with their vacancy. */
export async function listReports(actor: Actor | null) {
  const staff = requireStaff(actor);
  return db.report.findMany({
    where: { countryCode: { in: staff.jurisdictions as CountryCode[] }, status: { in: ["NEW", "IN_PROGRESS"] } },
    orderBy: { createdAt: "desc" },
    take: 200,
    include: { vacancy: { select: { id: true, title: true, status: true } } },
  });
}

/** Moves a report case on (in progress, resolved, dismissed), within the moderator's countries. */
export async function handleReport(actor: Actor | null, input: unknown): Promise<void> {
  const staff = requireStaff(actor);
  const parsed = handleReportSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "report handling");
  const { reportId, status, note } = parsed.data;
  await db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      where: { id: reportId, countryCode: { in: staff.jurisdictions as CountryCode[] } },
    });
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
