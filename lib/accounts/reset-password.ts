import "server-only";
import { newPasswordHash } from "@/lib/accounts/password-policy";
import { isEmployerRole } from "@/lib/access/roles";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { consumeRateLimit, refuseWhenLimited } from "@/lib/server/rate-limit";
import { hashToken } from "@/lib/server/tokens";
import { findOneTimeToken, type TokenCheck } from "./one-time-tokens";
import { resetPasswordSchema } from "./schemas";

/** Per client address: 20 attempts an hour (a mistyped password or two, not a token search). */
export const resetLimits = { address: { limit: 20, windowSeconds: 3600 } } as const;

/**
 * Sets a new password from a reset link. Ends every existing session (session version bump) and proves
 * the mailbox, so an unverified address becomes verified. The link is checked before the (deliberately
 * slow) password hash is computed, so a stream of made-up tokens costs the server nothing but a lookup;
 * attempts are limited per client address.
 */
export async function resetPassword(
  input: unknown,
  context: { ip: string },
): Promise<Exclude<TokenCheck, "valid"> | "done" | "done_staff"> {
  const parsed = resetPasswordSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "reset form", { fields: fieldErrorsOf(parsed.error) });
  const limit = await consumeRateLimit(`reset:ip:${hashToken(context.ip)}`, resetLimits.address);
  refuseWhenLimited([limit], "too many reset attempts");
  const first = await findOneTimeToken(db, parsed.data.token, "PASSWORD_RESET");
  if (first.check !== "valid") return first.check as Exclude<TokenCheck, "valid">;
  const passwordHash = await newPasswordHash(parsed.data.password);
  return db.$transaction(async (tx) => {
    const { check, row } = await findOneTimeToken(tx, parsed.data.token, "PASSWORD_RESET");
    if (check !== "valid" || !row) return check as Exclude<TokenCheck, "valid">;
    const now = new Date();
    const used = await tx.oneTimeToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (used.count === 0) return "used";
    const before = await tx.user.findUniqueOrThrow({ where: { id: row.userId } });
    const user = await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerified: before.emailVerified ?? now },
    });
    await writeAudit(tx, {
      actor: { userId: user.id, role: user.role },
      action: "user.password_reset",
      entityType: "User",
      entityId: user.id,
    });
    return isEmployerRole(user.role) ? "done" : "done_staff";
  });
}
