import "server-only";
import { employerRole, staffRoles } from "@/lib/access/roles";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/server/passwords";
import { consumeRateLimit, resetRateLimit } from "@/lib/server/rate-limit";
import { writeAudit } from "@/lib/server/audit";
import { hashToken } from "@/lib/server/tokens";
import { signInSchema } from "./schemas";

export type SignInAudience = "employer" | "staff";
export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string | null; sessionVersion: number; role: UserRole } }
  | { ok: false; reason: "invalid" | "unverified" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Per account and address, progressive delays: three wrong passwords in a row are free, then each next try
 * waits twice as long as the one before (1 s, 2 s, 4 s … at most 15 minutes) — someone guessing from one place
 * slows to a crawl, while the owner signing in from another address is not held up at all, and a typo
 * costs nothing. Failures are forgotten a day after the last one, or at a successful sign-in.
 * Per account from anywhere: 50 an hour (guessing spread over many addresses). Per address: 30 in 15
 * minutes (an office behind one NAT).
 */
export const signInLimits = {
  freeFailures: 3,
  maxDelaySeconds: 15 * 60,
  forgetFailuresSeconds: 24 * 60 * 60,
  account: { limit: 50, windowSeconds: 60 * 60 },
  ip: { limit: 30, windowSeconds: 15 * 60 },
} as const;

/** How long after the last of `failures` consecutive failures the next try is accepted. */
export function signInDelaySeconds(failures: number): number {
  const over = failures - signInLimits.freeFailures;
  return over < 0 ? 0 : Math.min(2 ** over, signInLimits.maxDelaySeconds);
}

const audienceRoles = { employer: [employerRole], staff: staffRoles } as const;

/**
 * Checks a password sign-in. Every failure that could tell whether an account exists answers the same
 * "invalid" after the same amount of work; "unverified" is only said to someone who knows the password.
 */
export async function authenticateUser(input: {
  email: string;
  password: string;
  ip: string;
  audience: SignInAudience;
}): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const address = hashToken(input.ip);
  const delayKey = `signin-delay:${input.audience}:${email}:${address}`;
  const now = new Date();
  const [limits, delay] = await Promise.all([
    Promise.all([
      consumeRateLimit(`signin:${input.audience}:ip:${address}`, signInLimits.ip, now),
      consumeRateLimit(`signin:${input.audience}:account:${email}`, signInLimits.account, now),
    ]),
    failureDelay(delayKey, now),
  ]);
  const user = await db.user.findUnique({ where: { email } });
  // The audit log records sign-ins, failures and refusals of real accounts (never the password).
  const audit = (action: string) =>
    user
      ? writeAudit(db, {
          actor: null,
          action,
          entityType: "User",
          entityId: user.id,
          after: { audience: input.audience },
          ip: input.ip,
        })
      : Promise.resolve();
  const waits = [...limits.filter((limit) => !limit.allowed).map((limit) => limit.retryAfterSeconds), delay];
  if (Math.max(...waits) > 0) {
    await audit("auth.sign_in_refused_rate_limit");
    return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.max(1, ...waits) };
  }

  const roles: readonly string[] = audienceRoles[input.audience];
  if (!user?.passwordHash || user.disabledAt || !roles.includes(user.role)) {
    await burnPasswordCheck(password);
    await recordFailure(delayKey, now);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailure(delayKey, now);
    await audit("auth.sign_in_failed");
    return { ok: false, reason: "invalid" };
  }
  if (!user.emailVerified) return { ok: false, reason: "unverified" };

  await resetRateLimit(delayKey);
  await audit("auth.sign_in");
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, role: user.role },
  };
}

/**
 * The consecutive failures for this account from this address live in a RateLimitCounter row: `count`
 * failures, the last at `windowStart`. Seconds still to wait before the next try (0: go ahead).
 */
async function failureDelay(key: string, now: Date): Promise<number> {
  const row = await db.rateLimitCounter.findUnique({ where: { key } });
  if (!row) return 0;
  const sinceLast = (now.getTime() - row.windowStart.getTime()) / 1000;
  if (sinceLast >= signInLimits.forgetFailuresSeconds) return 0;
  return Math.max(0, Math.ceil(signInDelaySeconds(row.count) - sinceLast));
}

/** One more failure in a row (a day after the last one, counting starts again). */
async function recordFailure(key: string, now: Date): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitCounter"."windowStart" <= ${now}::timestamp - make_interval(secs => ${signInLimits.forgetFailuresSeconds})
        THEN 1 ELSE "RateLimitCounter"."count" + 1 END,
      "windowStart" = ${now}`;
}
