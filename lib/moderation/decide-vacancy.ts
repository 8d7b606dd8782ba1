import "server-only";
import { z } from "zod";
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
export async function decideVacancy(actor: Actor | null, input: unknown): Promise<{ outcome: "published" | "rejected" | "revision_approved" | "revision_rejected" }> {
  const staff = requireStaff(actor);
  const parsed = decisionSchema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[issue.path.join(".") || "_form"] ??= []).push(issue.message.startsWith("validation.") ? issue.message : "validation.invalid");
    throw new AppError("invalid", "decision", { fields });
  }
  const decision = parsed.data;
  const now = new Date();
  try {
    const outcome = await db.$transaction(async (tx) => {
      const vacancy = await tx.vacancy.findFirst({ where: { id: decision.vacancyId, ...inJurisdiction(staff) }, include: { revisions: { where: { status: "PENDING_REVIEW" }, take: 1 } } });
      if (!vacancy) throw new AppError("not_found");
      if (vacancy.updatedAt.toISOString() !== decision.version) throw new AppError("conflict", "changed since opened");
      const heldByOther = vacancy.claimedById && vacancy.claimedById !== staff.userId && vacancy.claimedAt && now.getTime() - vacancy.claimedAt.getTime() < claimLifetimeMs;
      if (heldByOther) throw new AppError("conflict", "claimed by another moderator");
      const revision = vacancy.revisions[0];
      const guard = { id: vacancy.id, updatedAt: vacancy.updatedAt };
      const release = { claimedById: null, claimedAt: null, reviewedById: staff.userId };

      if (vacancy.status === "PENDING_REVIEW") {
        const data =
          decision.decision === "approve"
            ? { ...release, status: "PUBLISHED" as const, publishedAt: vacancy.publishedAt ?? now, rejectionCode: null, rejectionReason: null }
            : { ...release, status: "REJECTED" as const, rejectedAt: now, rejectionCode: decision.code, rejectionReason: decision.message };
        const after = await tx.vacancy.update({ where: guard, data });
        await writeAudit(tx, { actor: staff, action: decision.decision === "approve" ? "vacancy.approved" : "vacancy.rejected", entityType: "Vacancy", entityId: vacancy.id, before: { status: vacancy.status }, after: { status: after.status, rejectionCode: after.rejectionCode, rejectionReason: after.rejectionReason } });
        await recordSearchChange(tx, [vacancy.id]);
        return decision.decision === "approve" ? ("published" as const) : ("rejected" as const);
      }

      if (vacancy.status === "PUBLISHED" && revision) {
        if (decision.decision === "reject") {
          await tx.vacancyRevision.update({ where: { id: revision.id }, data: { status: "REJECTED", decidedAt: now, reviewedById: staff.userId, rejectionCode: decision.code, rejectionReason: decision.message } });
          await tx.vacancy.update({ where: guard, data: release });
          await writeAudit(tx, { actor: staff, action: "vacancy.revision_rejected", entityType: "Vacancy", entityId: vacancy.id, after: { revisionId: revision.id, rejectionCode: decision.code, rejectionReason: decision.message } });
          return "revision_rejected" as const;
        }
        // The revision was checked against the full schema when submitted; check again before it goes public.
        const values = vacancySubmitSchema.safeParse(revision.data);
        if (!values.success) throw new AppError("conflict", "revision no longer valid");
        const { validThrough, ...columns } = toVacancyColumns(values.data);
        const after = await tx.vacancy.update({ where: guard, data: { ...columns, validThrough: validThrough ?? vacancy.validThrough, ...release } });
        await tx.vacancyRevision.update({ where: { id: revision.id }, data: { status: "APPROVED", decidedAt: now, reviewedById: staff.userId } });
        await writeAudit(tx, { actor: staff, action: "vacancy.revision_approved", entityType: "Vacancy", entityId: vacancy.id, before: vacancy, after });
        await recordSearchChange(tx, [vacancy.id]);
        return "revision_approved" as const;
      }
      throw new AppError("conflict", `nothing to decide on a ${vacancy.status} vacancy`);
    });
    await requestSearchSync();
    return { outcome };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") throw new AppError("conflict", "changed meanwhile");
    throw error;
  }
}
