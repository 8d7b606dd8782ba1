import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { recordSearchChange, announcePublicChange } from "@/lib/search/record-search-change";
import { findOwnVacancy } from "./own-vacancy";
import { canClose } from "./status-rules";

/** Takes a vacancy off the portal (position filled, or no longer wanted); an open revision is withdrawn. */
export async function closeVacancy(actor: Actor | null, vacancyId: string): Promise<void> {
  const employer = requireEmployer(actor);
  await db.$transaction(async (tx) => {
    const vacancy = await findOwnVacancy(tx, employer, vacancyId);
    if (!canClose(vacancy.status)) throw new AppError("conflict", `cannot close a ${vacancy.status} vacancy`);
    const now = new Date();
    const closed = await tx.vacancy.update({
      where: { id: vacancy.id, status: vacancy.status },
      data: { status: "CLOSED", closedAt: now },
    });
    await tx.vacancyRevision.updateMany({
      where: { vacancyId, status: { in: ["DRAFT", "PENDING_REVIEW"] } },
      data: { status: "WITHDRAWN", decidedAt: now },
    });
    await writeAudit(tx, {
      actor: employer,
      action: "vacancy.closed",
      entityType: "Vacancy",
      entityId: vacancy.id,
      before: { status: vacancy.status },
      after: { status: closed.status },
    });
    await recordSearchChange(tx, [vacancy.id]);
  });
  await announcePublicChange();
}
