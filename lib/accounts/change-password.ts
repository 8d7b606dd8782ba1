import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireActor } from "@/lib/access/require";
import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/server/passwords";
import { consumeRateLimit, refuseWhenLimited } from "@/lib/server/rate-limit";
import { newPasswordHash } from "./password-policy";
import { changePasswordSchema } from "./schemas";

/** Per person: 5 attempts in 15 minutes (a stolen session cannot try passwords at leisure). */
export const changePasswordLimit = { limit: 5, windowSeconds: 15 * 60 } as const;

/**
 * A signed-in employer or officer changes their password, proving the current one. Every other signed-in
 * browser of theirs is signed out (this one stays); the audit log records it, never the password.
 */
export async function changePassword(
  actor: Actor | null,
  input: unknown,
  context: { sessionId: string | undefined; ip: string },
): Promise<void> {
  const person = requireActor(actor);
  const values = parseInput(changePasswordSchema, input);
  refuseWhenLimited([await consumeRateLimit(`password-change:${person.userId}`, changePasswordLimit)]);
  const user = await db.user.findUniqueOrThrow({ where: { id: person.userId }, select: { passwordHash: true } });
  if (!user.passwordHash) {
    await burnPasswordCheck(values.currentPassword);
    throw invalidFields({ currentPassword: ["validation.wrongPassword"] });
  }
  if (!(await verifyPassword(user.passwordHash, values.currentPassword)))
    throw invalidFields({ currentPassword: ["validation.wrongPassword"] });
  const passwordHash = await newPasswordHash(values.newPassword, "newPassword");
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: person.userId }, data: { passwordHash } });
    const ended = await tx.signInSession.updateMany({
      where: {
        userId: person.userId,
        revokedAt: null,
        ...(context.sessionId ? { id: { not: context.sessionId } } : {}),
      },
      data: { revokedAt: now },
    });
    await writeAudit(tx, {
      actor: person,
      action: "user.password_changed",
      entityType: "User",
      entityId: person.userId,
      after: { otherSessionsEnded: ended.count },
      ip: context.ip,
    });
  });
}
