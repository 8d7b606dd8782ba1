import "server-only";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { RejectionCode } from "@/lib/generated/prisma/enums";
import { recordSearchChange, requestSearchSync } from "@/lib/search/record-search-change";
import type { Actor } from "@/lib/server/actor";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { toVacancyColumns } from "@/lib/vacancies/vacancy-data";
import { vacancySubmitSchema } from "@/lib/vacancies/vacancy-form-schema";
import { claimLifetimeMs, inJurisdiction, requireStaff } from "./staff";

export const decisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), vacancyId: z.string().min(1), version: z.string().min(1) }),
  z.object({
    decision: z.literal("changes"),
    vacancyId: z.string().min(1),
    version: z.string().min(1),
    message: z.string().trim().min(10, "validation.reasonTooShort").max(2000, "validation.tooLong"),
  }),
  z.object({
    decision: z.literal("reject"),
    vacancyId: z.string().min(1),
    version: z.string().min(1),
    code: z.enum(RejectionCode, "validation.required"),
    message: z.string().trim().min(10, "validation.reasonTooShort").max(2000, "validation.tooLong"),
  }),
]);
export type Decision = z.infer<typeof decisionSchema>;

/**
 * A moderator approves or rejects a pending vacancy, or the pending revision of a published one.
 * Refused when the item is outside the moderator's countries (not found), when another moderator holds
 * a fresh claim on it, or when it changed since the moderator opened it (its version): a decision on
 * something the moderator did not see never lands.
 */
export type Outcome = "published" | "rejected" | "changes_requested" | "revision_approved" | "revision_rejected";

export async function decideVacancy(actor: Actor | null, input: unknown): Promise<{ outcome: Outcome }> {
  const staff = requireStaff(actor);
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "decision", { fields: fieldErrorsOf(parsed.error) });
  const decision = parsed.data;
  const now = new Date();
  try {
    const outcome = await db.$transaction(async (tx) => {
      const vacancy = await tx.vacancy.findFirst({
        where: { id: decision.vacancyId, ...inJurisdiction(staff) },
        include: { revisions: { where: { status: "PENDING_REVIEW" }, take: 1 } },
      });
      if (!vacancy) throw new AppError("not_found");
      if (vacancy.updatedAt.toISOString() !== decision.version) throw new AppError("conflict", "changed since opened");
      const heldByOther =
        vacancy.claimedById &&
        vacancy.claimedById !== staff.userId &&
        vacancy.claimedAt &&
        now.getTime() - vacancy.claimedAt.getTime() < claimLifetimeMs;
      if (heldByOther) throw new AppError("conflict", "claimed by another moderator");
      const revision = vacancy.revisions[0];
      const guard = { id: vacancy.id, updatedAt: vacancy.updatedAt };
      const release = { claimedById: null, claimedAt: null, reviewedById: staff.userId };

      if (vacancy.status === "PENDING_REVIEW") {
        // "Request changes" sends it back to the employer as a draft with the moderator's note.
        const data =
          decision.decision === "approve"
            ? {
                ...release,
                status: "PUBLISHED" as const,
                publishedAt: vacancy.publishedAt ?? now,
                rejectionCode: null,
                rejectionReason: null,
              }
            : decision.decision === "changes"
              ? { ...release, status: "DRAFT" as const, rejectionCode: null, rejectionReason: decision.message }
              : {
                  ...release,
                  status: "REJECTED" as const,
                  rejectedAt: now,
                  rejectionCode: decision.code,
                  rejectionReason: decision.message,
                };
        const after = await tx.vacancy.update({ where: guard, data });
        const action = {
          approve: "vacancy.approved",
          changes: "vacancy.changes_requested",
          reject: "vacancy.rejected",
        }[decision.decision];
        await writeAudit(tx, {
          actor: staff,
          action,
          entityType: "Vacancy",
          entityId: vacancy.id,
          before: { status: vacancy.status },
          after: { status: after.status, rejectionCode: after.rejectionCode, rejectionReason: after.rejectionReason },
        });
        await recordSearchChange(tx, [vacancy.id]);
        return ({ approve: "published", changes: "changes_requested", reject: "rejected" } as const)[decision.decision];
      }

      if (vacancy.status === "PUBLISHED" && revision) {
        if (decision.decision !== "approve") {
          const code = decision.decision === "reject" ? decision.code : null;
          await tx.vacancyRevision.update({
            where: { id: revision.id },
            data: {
              status: "REJECTED",
              decidedAt: now,
              reviewedById: staff.userId,
              rejectionCode: code,
              rejectionReason: decision.message,
            },
          });
          await tx.vacancy.update({ where: guard, data: release });
          await writeAudit(tx, {
            actor: staff,
            action: "vacancy.revision_rejected",
            entityType: "Vacancy",
            entityId: vacancy.id,
            after: { revisionId: revision.id, rejectionCode: code, rejectionReason: decision.message },
          });
          return "revision_rejected" as const;
        }
        // The revision was checked against the full schema when submitted; check again before it goes public.
        const values = vacancySubmitSchema.safeParse(revision.data);
        if (!values.success) throw new AppError("conflict", "revision no longer valid");
        const { validThrough, ...columns } = toVacancyColumns(values.data);
        const after = await tx.vacancy.update({
          where: guard,
          data: { ...columns, validThrough: validThrough ?? vacancy.validThrough, ...release },
        });
        await tx.vacancyRevision.update({
          where: { id: revision.id },
          data: { status: "APPROVED", decidedAt: now, reviewedById: staff.userId },
        });
        await writeAudit(tx, {
          actor: staff,
          action: "vacancy.revision_approved",
          entityType: "Vacancy",
          entityId: vacancy.id,
          before: vacancy,
          after,
        });
        await recordSearchChange(tx, [vacancy.id]);
        return "revision_approved" as const;
      }
      throw new AppError("conflict", `nothing to decide on a ${vacancy.status} vacancy`);
    });
    await requestSearchSync();
    return { outcome };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw new AppError("conflict", "changed meanwhile");
    throw error;
  }
}

/**
 * Approves several low-risk items at once (each with the version the moderator saw). Items that are not
 * low risk, changed meanwhile or are held by another moderator are skipped and reported back.
 */
export async function bulkApproveLowRisk(actor: Actor | null, items: { vacancyId: string; version: string }[]) {
  const staff = requireStaff(actor);
  const approved: string[] = [];
  const skipped: string[] = [];
  for (const item of items.slice(0, 100)) {
    const vacancy = await db.vacancy.findFirst({
      where: { id: item.vacancyId, ...inJurisdiction(staff) },
      include: { revisions: { where: { status: "PENDING_REVIEW" }, take: 1 } },
    });
    const level = vacancy?.status === "PUBLISHED" ? vacancy.revisions[0]?.riskLevel : vacancy?.riskLevel;
    if (!vacancy || level !== "LOW") {
      skipped.push(item.vacancyId);
      continue;
    }
    try {
      await decideVacancy(staff, { decision: "approve", vacancyId: item.vacancyId, version: item.version });
      approved.push(item.vacancyId);
    } catch {
      skipped.push(item.vacancyId);
    }
  }
  return { approved, skipped };
}
