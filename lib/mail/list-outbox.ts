import "server-only";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/server/errors";

/**
 * The newest outbox mail, for the development outbox page. Only when DEV_OUTBOX=1 and no SMTP server is
 * configured: with real delivery the page does not exist (its links would let anyone take over accounts).
 */
export async function listOutbox(options: { to?: string; limit?: number } = {}) {
  if (env().DEV_OUTBOX !== "1" || env().SMTP_URL) throw new AppError("not_found");
  return db.mailMessage.findMany({
    where: options.to ? { to: options.to.toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: Math.min(options.limit ?? 50, 200),
  });
}
