import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { vacancyJurisdiction } from "@/lib/access/scopes";
import { parseInput } from "@/lib/forms/parse-input";
import { db } from "@/lib/server/db";
import { decideVacancy } from "./decide-vacancy";
import { bulkApproveSchema } from "./schemas";

/**
 * Approves several low-risk items at once (each with the version the moderator saw). Items that are not
 * low risk, changed meanwhile or are held by another moderator are skipped and reported back.
 */
export async function bulkApproveLowRisk(actor: Actor | null, input: unknown) {
  const staff = requireStaff(actor);
  const { item: items } = parseInput(bulkApproveSchema, input);
  const approved: string[] = [];
  const skipped: string[] = [];
  for (const item of items) {
    const vacancy = await db.vacancy.findFirst({
      where: { id: item.vacancyId, ...vacancyJurisdiction(staff) },
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
