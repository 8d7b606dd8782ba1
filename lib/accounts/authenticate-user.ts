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
  | { ok: false; reason: "invalid" | "rate_limited" | "unverified" };

/**
 * Per account and address: 5 attempts in 15 minutes — someone guessing from one place is stopped without
 * locking the owner out from theirs. Per account from anywhere: 50 an hour (guessing spread over many
 * addresses). Per address: 30 in 15 minutes (an office behind one NAT).
 */
export const signInLimits = {
  accountAndAddress: { limit: 5, windowSeconds: 15 * 60 },
  account: { limit: 50, windowSeconds: 60 * 60 },
  ip: { limit: 30, windowSeconds: 15 * 60 },
} as const;

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
  const accountAndAddressKey = `signin:${input.audience}:account:${email}:${address}`;
  const limits = await Promise.all([
    consumeRateLimit(`signin:${input.audience}:ip:${address}`, signInLimits.ip),
    consumeRateLimit(accountAndAddressKey, signInLimits.accountAndAddress),
    consumeRateLimit(`signin:${input.audience}:account:${email}`, signInLimits.account),
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
  if (limits.some((limit) => !limit.allowed)) {
    await audit("auth.sign_in_refused_rate_limit");
    return { ok: false, reason: "rate_limited" };
  }

  const roles: readonly string[] = audienceRoles[input.audience];
  if (!user?.passwordHash || user.disabledAt || !roles.includes(user.role)) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await audit("auth.sign_in_failed");
    return { ok: false, reason: "invalid" };
  }
  if (!user.emailVerified) return { ok: false, reason: "unverified" };

  await resetRateLimit(accountAndAddressKey);
  await audit("auth.sign_in");
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, role: user.role },
  };
}
