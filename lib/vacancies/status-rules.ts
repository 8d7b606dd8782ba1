// What can happen to a vacancy in each status: one definition for the use cases that enforce it and the
// screens that offer the buttons. Pure, so client components can import it.
import type { VacancyStatus } from "@/lib/generated/prisma/enums";

/** The employer may take it off the portal (filled, or no longer wanted). */
export const closableStatuses = ["PUBLISHED", "PENDING_REVIEW", "EXPIRED"] as const satisfies readonly VacancyStatus[];
/** The employer may extend its valid-through date without a new review (the text was approved). */
export const renewableStatuses = ["PUBLISHED", "EXPIRED"] as const satisfies readonly VacancyStatus[];

export const canClose = (status: VacancyStatus) => (closableStatuses as readonly VacancyStatus[]).includes(status);
export const canRenew = (status: VacancyStatus) => (renewableStatuses as readonly VacancyStatus[]).includes(status);

export type ModeratorDecision = "approve" | "changes" | "reject" | "close";

/**
 * What a moderator may decide, by state. Waiting items (a new vacancy, the pending edit of a published one):
 * approve, return for changes, reject. A published vacancy: close it with a reason or return it for
 * changes (both take it off the portal); "approve" only to keep one that reports put in the queue.
 * Drafts, closed, rejected and expired vacancies have history only.
 */
export function moderatorDecisions(vacancy: {
  status: VacancyStatus;
  hasPendingRevision: boolean;
  reported: boolean;
}): ModeratorDecision[] {
  if (vacancy.status === "PENDING_REVIEW") return ["approve", "changes", "reject"];
  if (vacancy.status !== "PUBLISHED") return [];
  if (vacancy.hasPendingRevision) return ["approve", "changes", "reject"];
  return vacancy.reported ? ["approve", "changes", "close"] : ["changes", "close"];
}
