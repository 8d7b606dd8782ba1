import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";
import { isLoopback } from "@/lib/server/client-address";

/**
 * The newest outbox mail, for the development outbox page. Only when DEV_OUTBOX=1, no SMTP server is
 * configured, and the caller is on this machine (loopback): its links would let anyone take over accounts.
 * The address is the one scripts/serve.ts decided (never a header the caller wrote).
 */
export async function listOutbox(options: { to?: string; limit?: number }, context: { ip: string }) {
  if (env().DEV_OUTBOX !== "1" || env().SMTP_URL || !isLoopback(context.ip)) throw new AppError("not_found");
  return db.mailMessage.findMany({
    where: options.to ? { to: options.to.toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: Math.min(options.limit ?? 50, 200),
  });
}
