import "server-only";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/actor";
import { inJurisdiction, requireStaff } from "./staff";

/**
 * The review queue: new vacancies and revisions of published ones waiting for a decision, in the
 * moderator's countries: the riskiest first, then the longest-waiting.
 */
export async function listReviewQueue(actor: Actor | null) {
  const staff = requireStaff(actor);
  const items = await db.vacancy.findMany({
    where: {
      ...inJurisdiction(staff),
      OR: [{ status: "PENDING_REVIEW" }, { status: "PUBLISHED", revisions: { some: { status: "PENDING_REVIEW" } } }],
    },
    orderBy: { submittedAt: "asc" },
    take: 200,
    select: {
      id: true, title: true, status: true, countryCode: true, sector: true, submittedAt: true, updatedAt: true, claimedAt: true, claimedById: true,
      riskScore: true, riskLevel: true,
      organization: { select: { legalName: true, kind: true, verificationState: true } },
      revisions: { where: { status: "PENDING_REVIEW" }, select: { id: true, submittedAt: true, riskScore: true, riskLevel: true }, take: 1 },
    },
  });
  const waitingSince = (item: (typeof items)[number]) => item.revisions[0]?.submittedAt ?? item.submittedAt ?? item.updatedAt;
  return items
    .map((item) => {
      const revision = item.status === "PUBLISHED" ? item.revisions[0] : undefined;
      return {
        ...item,
        kind: revision ? ("revision" as const) : ("new" as const),
        risk: revision ? { score: revision.riskScore, level: revision.riskLevel } : { score: item.riskScore, level: item.riskLevel },
        waitingSince: waitingSince(item),
      };
    })
    .sort((a, b) => b.risk.score - a.risk.score || a.waitingSince.getTime() - b.waitingSince.getTime());
}
