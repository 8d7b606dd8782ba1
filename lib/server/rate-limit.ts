import "server-only";
import { db } from "./db";
import { AppError } from "./errors";

export type RateLimitRule = { limit: number; windowSeconds: number };
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/**
 * Counts one attempt for `key` in a fixed window, in PostgreSQL, so every app instance sees the same
 * counter. One atomic upsert: a new window resets the count. See docs/decisions/0007.
 */
export async function consumeRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count")
    VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitCounter"."windowStart" <= ${now}::timestamp - make_interval(secs => ${rule.windowSeconds}) THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitCounter"."windowStart" <= ${now}::timestamp - make_interval(secs => ${rule.windowSeconds}) THEN ${now} ELSE "RateLimitCounter"."windowStart" END
    RETURNING "count", "windowStart"`;
  const { count, windowStart } = rows[0]!;
  const windowEnds = windowStart.getTime() + rule.windowSeconds * 1000;
  return {
    allowed: count <= rule.limit,
    remaining: Math.max(0, rule.limit - count),
    retryAfterSeconds: Math.max(0, Math.ceil((windowEnds - now.getTime()) / 1000)),
  };
}

/** Throws `rate_limited` with the longest wait when any of the limits refused the attempt. */
export function refuseWhenLimited(results: RateLimitResult[], reason = "rate limited"): void {
  const refused = results.filter((result) => !result.allowed);
  if (refused.length === 0) return;
  throw new AppError("rate_limited", reason, {
    retryAfterSeconds: Math.max(1, ...refused.map((result) => result.retryAfterSeconds)),
  });
}

/** Forgets the counter (after a successful sign-in, the account's failures no longer count). */
export async function resetRateLimit(key: string): Promise<void> {
  await db.rateLimitCounter.deleteMany({ where: { key } });
}

/** Removes counters whose window ended long ago (run by the worker). */
export async function pruneRateLimits(olderThan: Date): Promise<number> {
  return (await db.rateLimitCounter.deleteMany({ where: { windowStart: { lt: olderThan } } })).count;
}
