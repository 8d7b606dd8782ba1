import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { vacancyJurisdiction } from "@/lib/access/scopes";
import { parseInput } from "@/lib/forms/parse-input";
import { recordSearchChange, announcePublicChange } from "@/lib/search/record-search-change";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { conflictOnStaleWrite } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { vacancySubmitSchema } from "@/lib/vacancies/schemas";
import { toVacancyColumns } from "@/lib/vacancies/vacancy-data";
import { requestMailDelivery } from "@/lib/mail/deliver-mail";
import { requestImmediateAlerts } from "@/lib/alerts/request-immediate-alerts";
import { notifyOrganization } from "@/lib/notifications/notify";
import { moderatorDecisions } from "@/lib/vacancies/status-rules";
import { isClaimedByOther } from "./claims";
import { decisionSchema } from "./schemas";

export type Outcome =
  "published" | "rejected" | "closed" | "changes_requested" | "revision_approved" | "revision_rejected";

const pendingOutcome = {
  approve: "published",
  changes: "changes_requested",
  reject: "rejected",
  close: "closed",
} as const;
const pendingAction = {
  approve: "vacancy.approved",
  changes: "vacancy.changes_requested",
  reject: "vacancy.rejected",
  close: "vacancy.closed_by_moderator",
};
const pendingNotice = {
  approve: "VACANCY_APPROVED",
  changes: "VACANCY_CHANGES_REQUESTED",
  reject: "VACANCY_REJECTED",
  close: "VACANCY_CLOSED_BY_MODERATOR",
} as const;

/**
 * A moderator approves or rejects a pending vacancy, or the pending revision of a published one.
 * Refused when the item is outside the moderator's countries (not found), when another moderator holds
 * a fresh claim on it, or when it changed since the moderator opened it (its version): a decision on
 * something the moderator did not see never lands. The organisation's people are told in the same
 * transaction (notifications list and e-mail).
 */
export async function decideVacancy(actor: Actor | null, input: unknown): Promise<{ outcome: Outcome }> {
  const staff = requireStaff(actor);
  const decision = parseInput(decisionSchema, input);
  const now = new Date();
  const { outcome, mailIds } = await conflictOnStaleWrite(() =>
    db.$transaction(async (tx): Promise<{ outcome: Outcome; mailIds: string[] }> => {
      const vacancy = await tx.vacancy.findFirst({
        where: { id: decision.vacancyId, ...vacancyJurisdiction(staff) },
        include: { revisions: { where: { status: "PENDING_REVIEW" }, take: 1 } },
      });
      if (!vacancy) throw new AppError("not_found");
      if (vacancy.updatedAt.toISOString() !== decision.version) throw new AppError("conflict", "changed since opened");
      if (isClaimedByOther(vacancy, staff.userId, now)) throw new AppError("conflict", "claimed by another moderator");
      const revision = vacancy.revisions[0];
      const reported = vacancy.reportedAt !== null;
      const allowed = moderatorDecisions({ status: vacancy.status, hasPendingRevision: Boolean(revision), reported });
      if (!allowed.includes(decision.decision)) {
        throw new AppError("conflict", `cannot ${decision.decision} a ${vacancy.status} vacancy`);
      }
      const guard = { id: vacancy.id, updatedAt: vacancy.updatedAt };
      const notify = (kind: Parameters<typeof notifyOrganization>[1]["kind"], title: string, code?: string | null) =>
        notifyOrganization(tx, {
          organizationId: vacancy.organizationId,
          kind,
          vacancyId: vacancy.id,
          params: {
            title,
            ...(decision.decision === "approve" ? {} : { message: decision.message }),
            ...(decision.decision === "changes" && decision.sections.length ? { sections: decision.sections } : {}),
            ...(code ? { code } : {}),
          },
        });
      // A decision answers the public reports made before it: they no longer count towards hiding it.
      const release = { claimedById: null, claimedAt: null, reviewedById: staff.userId, reportedAt: null };
      await tx.report.updateMany({
        where: { vacancyId: vacancy.id, answeredAt: null, createdAt: { lte: now } },
        data: { answeredAt: now },
      });

      // A published vacancy (without a pending edit) is kept (when reports put it in the queue), returned for
      // changes or closed by the moderator: the last two take it off the portal.
      if (vacancy.status === "PENDING_REVIEW" || !revision) {
        // "Request changes" sends it back to the employer as a draft with the moderator's note.
        const data =
          decision.decision === "approve"
            ? {
                ...release,
                status: "PUBLISHED" as const,
                publishedAt: vacancy.publishedAt ?? now,
                rejectionCode: null,
                rejectionReason: null,
                requestSections: [],
              }
            : decision.decision === "changes"
              ? {
                  ...release,
                  status: "DRAFT" as const,
                  rejectionCode: null,
                  rejectionReason: decision.message,
                  requestSections: decision.sections,
                }
              : decision.decision === "close"
                ? {
                    ...release,
                    status: "CLOSED" as const,
                    closedAt: now,
                    rejectionCode: decision.code,
                    rejectionReason: decision.message,
                    requestSections: [],
                  }
                : {
                    ...release,
                    status: "REJECTED" as const,
                    rejectedAt: now,
                    rejectionCode: decision.code,
                    rejectionReason: decision.message,
                    requestSections: [],
                  };
        const after = await tx.vacancy.update({ where: guard, data });
        await writeAudit(tx, {
          actor: staff,
          action: pendingAction[decision.decision],
          entityType: "Vacancy",
          entityId: vacancy.id,
          before: { status: vacancy.status },
          after: {
            status: after.status,
            rejectionCode: after.rejectionCode,
            rejectionReason: after.rejectionReason,
            requestSections: after.requestSections,
          },
        });
        await recordSearchChange(tx, [vacancy.id]);
        const kept = vacancy.status === "PUBLISHED" && decision.decision === "approve";
        const mailIds = kept ? [] : await notify(pendingNotice[decision.decision], after.title, after.rejectionCode);
        return { outcome: pendingOutcome[decision.decision], mailIds };
      }

      // A pending edit of a published vacancy: approved (the public text changes) or turned down.
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
            requestSections: decision.decision === "changes" ? decision.sections : [],
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
        const title = (revision.data as { title?: string }).title ?? vacancy.title;
        return { outcome: "revision_rejected", mailIds: await notify("REVISION_REJECTED", title, code) };
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
      return { outcome: "revision_approved", mailIds: await notify("REVISION_APPROVED", after.title) };
    }),
  );
  await announcePublicChange();
  await requestMailDelivery(mailIds);
  // New on the portal: immediate job alerts go out now (the 5-minute sweep catches a lost request).
  if (outcome === "published") await requestImmediateAlerts();
  return { outcome };
}
