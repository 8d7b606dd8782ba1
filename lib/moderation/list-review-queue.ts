import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireStaff } from "@/lib/access/require";
import { vacancyJurisdiction } from "@/lib/access/scopes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { queueFilterSchema } from "./schemas";

/**
 * The review queue: new vacancies, revisions of published ones, and published vacancies with serious public
 * reports, in the moderator's countries: reported ones first, then the riskiest, then the longest-waiting.
 */
export async function listReviewQueue(actor: Actor | null, input: unknown = {}) {
  const staff = requireStaff(actor);
  const filter = queueFilterSchema.parse(input ?? {});
  const where: Prisma.VacancyWhereInput = {
    ...vacancyJurisdiction(staff),
    ...(filter.country ? { countryCode: filter.country } : {}),
    ...(filter.sector ? { sector: filter.sector } : {}),
    ...(filter.kind ? { organization: { kind: filter.kind } } : {}),
    OR: [
      { status: "PENDING_REVIEW" },
      { status: "PUBLISHED", revisions: { some: { status: "PENDING_REVIEW" } } },
      { status: "PUBLISHED", reportedAt: { not: null } },
    ],
  };
  const items = await db.vacancy.findMany({
    where,
    orderBy: { submittedAt: "asc" },
    take: 200,
    select: {
      id: true,
      title: true,
      language: true,
      status: true,
      countryCode: true,
      sector: true,
      submittedAt: true,
      updatedAt: true,
      claimedAt: true,
      claimedById: true,
      riskScore: true,
      riskLevel: true,
      rejectionReason: true,
      reportedAt: true,
      organization: { select: { legalName: true, kind: true, verificationState: true } },
      revisions: {
        where: { status: "PENDING_REVIEW" },
        select: { id: true, submittedAt: true, riskScore: true, riskLevel: true },
        take: 1,
      },
    },
  });
  const waitingSince = (item: (typeof items)[number]) =>
    item.reportedAt ?? item.revisions[0]?.submittedAt ?? item.submittedAt ?? item.updatedAt;
  return items
    .map((item) => {
      const revision = item.status === "PUBLISHED" ? item.revisions[0] : undefined;
      return {
        ...item,
        kind: revision
          ? ("revision" as const)
          : item.status === "PUBLISHED" || item.reportedAt
            ? ("reported" as const)
            : item.rejectionReason
              ? ("resubmitted" as const)
              : ("new" as const),
        /** What the moderator asked for before this resubmission. */
        request: revision ? null : item.rejectionReason,
        risk: revision
          ? { score: revision.riskScore, level: revision.riskLevel }
          : { score: item.riskScore, level: item.riskLevel },
        waitingSince: waitingSince(item),
      };
    })
    .filter((item) => !filter.risk || item.risk.level === filter.risk)
    .filter((item) => !filter.olderThan || Date.now() - item.waitingSince.getTime() >= filter.olderThan * 86_400_000)
    .sort(
      (a, b) =>
        Number(b.kind === "reported") - Number(a.kind === "reported") ||
        b.risk.score - a.risk.score ||
        a.waitingSince.getTime() - b.waitingSince.getTime(),
    );
}
