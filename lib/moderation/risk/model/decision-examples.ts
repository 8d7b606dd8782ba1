import type { Prisma } from "@/lib/generated/prisma/client";
import type { RejectionCode } from "@/lib/generated/prisma/enums";
import { modelText } from "./features";
import type { Example } from "./train";

/** Rejection reasons that say the vacancy was a trap (fees, forced-labour signs, deceit): risky examples. */
export const riskyRejectionCodes: RejectionCode[] = ["FEE_ASKED", "FORCED_LABOUR_INDICATORS", "MISLEADING"];
/** The most recent decisions learned from (training stays within seconds). */
export const maxDecisionExamples = 2000;

/**
 * Moderators' decisions as examples: a vacancy a moderator rejected (or closed) for a risky reason is risky;
 * one a moderator published is honest. Rejections for duplicates or missing details teach nothing about risk.
 */
export async function decisionExamples(client: Pick<Prisma.TransactionClient, "vacancy">): Promise<Example[]> {
  const rows = await client.vacancy.findMany({
    where: {
      reviewedById: { not: null },
      OR: [
        { status: { in: ["REJECTED", "CLOSED"] }, rejectionCode: { in: riskyRejectionCodes } },
        { status: { in: ["PUBLISHED", "EXPIRED"] } },
      ],
    },
    select: { title: true, description: true, status: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: maxDecisionExamples,
  });
  return rows.map((row) => ({
    text: modelText(row.title, row.description),
    risky: row.status === "REJECTED" || row.status === "CLOSED",
  }));
}
