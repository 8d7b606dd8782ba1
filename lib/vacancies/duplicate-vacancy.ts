import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { findOwnVacancy } from "./own-vacancy";

/** Copies one of the organisation's vacancies into a new draft (a new valid-through date is needed). */
export async function duplicateVacancy(actor: Actor | null, vacancyId: string): Promise<{ vacancyId: string }> {
  const employer = requireEmployer(actor);
  return db.$transaction(async (tx) => {
    const source = await findOwnVacancy(tx, employer, vacancyId);
    const {
      id: _id,
      status: _status,
      createdAt: _c,
      updatedAt: _u,
      submittedAt: _s,
      publishedAt: _p,
      rejectedAt: _r,
      closedAt: _cl,
      expiredAt: _e,
      viewCount: _v,
      rejectionReason: _rr,
      rejectionCode: _rc,
      reviewedById: _rb,
      createdById: _cb,
      validThrough: _vt,
      noFeeConfirmed: _nf,
      riskScore: _rs,
      riskLevel: _rl,
      riskReasons: _rr2,
      claimedById: _ci,
      claimedAt: _ca,
      ...fields
    } = source;
    const copy = await tx.vacancy.create({
      data: { ...fields, status: "DRAFT", createdById: employer.userId, validThrough: null, noFeeConfirmed: false },
    });
    await writeAudit(tx, {
      actor: employer,
      action: "vacancy.duplicated",
      entityType: "Vacancy",
      entityId: copy.id,
      note: `copy of ${source.id}`,
    });
    return { vacancyId: copy.id };
  });
}
