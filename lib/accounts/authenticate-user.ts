import "server-only";
import { employerRole, staffRoles } from "@/lib/access/roles";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/server/passwords";
import { consumeRateLimit, resetRateLimit } from "@/lib/server/rate-limit";
import { signInSchema } from "./schemas";

export type SignInAudience = "employer" | "staff";
export type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string | null; sessionVersion: number; role: UserRole } }
  | { ok: false; reason: "invalid" | "rate_limited" | "unverified" };

/** Per account: 5 attempts in 15 minutes; per IP address: 30 in 15 minutes (an office behind one NAT). */
export const signInLimits = {
  account: { limit: 5, windowSeconds: 15 * 60 },
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

  const accountKey = `signin:${input.audience}:account:${email}`;
  const [byIp, byAccount] = await Promise.all([
    consumeRateLimit(`signin:${input.audience}:ip:${input.ip}`, signInLimits.ip),
    consumeRateLimit(accountKey, signInLimits.account),
  ]);
  if (!byIp.allowed || !byAccount.allowed) return { ok: false, reason: "rate_limited" };

  const user = await db.user.findUnique({ where: { email } });
  const roles: readonly string[] = audienceRoles[input.audience];
  if (!user?.passwordHash || user.disabledAt || !roles.includes(user.role)) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: "invalid" };
  if (!user.emailVerified) return { ok: false, reason: "unverified" };

  await resetRateLimit(accountKey);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, role: user.role },
  };
}
