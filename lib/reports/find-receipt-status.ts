import "server-only";
import { parseInput } from "@/lib/forms/parse-input";
import { db } from "@/lib/server/db";
import { consumeRateLimit, refuseWhenLimited } from "@/lib/server/rate-limit";
import { reporterIdentity } from "./reporter-identity";
import { receiptSchema } from "./schemas";

/** Guessing receipts is pointless (32^7 of them), and the lookups per address are limited anyway. */
const lookupLimit = { limit: 30, windowSeconds: 3600 };

export type ReceiptStatus = {
  stage: "received" | "in_progress" | "upheld" | "dismissed";
  receivedAt: Date;
  closedAt: Date | null;
} | null;

/**
 * What the reporter may know about their report, by its receipt number: the stage and its dates, nothing
 * else (not the vacancy, the moderator, the outcome's details or the other reports). No account needed;
 * `context.ip` is the trusted client address. An unknown receipt is `null`.
 */
export async function findReceiptStatus(input: unknown, context: { ip: string }): Promise<ReceiptStatus> {
  const { receipt } = parseInput(receiptSchema, input);
  const { reporterHash } = reporterIdentity(context.ip);
  refuseWhenLimited([await consumeRateLimit(`receipt:ip:${reporterHash}`, lookupLimit)], "too many lookups");
  const report = await db.report.findUnique({
    where: { receipt },
    select: { status: true, createdAt: true, handledAt: true },
  });
  if (!report) return null;
  const stage =
    report.status === "NEW"
      ? "received"
      : report.status === "IN_PROGRESS"
        ? "in_progress"
        : report.status === "RESOLVED"
          ? "upheld"
          : "dismissed";
  const closed = stage === "upheld" || stage === "dismissed";
  return { stage, receivedAt: report.createdAt, closedAt: closed ? report.handledAt : null };
}
