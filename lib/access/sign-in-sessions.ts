import "server-only";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { isStaffRole } from "./roles";

/** How long a signed-in browser stays signed in: staff 8 hours (and 30 idle minutes), employers 7 days. */
export const sessionLimits = {
  staff: { absoluteMs: 8 * 3600_000, idleMs: 30 * 60_000 },
  employer: { absoluteMs: 7 * 24 * 3600_000, idleMs: null },
} as const;

/** Writing "last seen" on every request would be a write per page view: once a minute is enough for 30 minutes. */
const touchEveryMs = 60_000;

const limitsFor = (role: UserRole) => (isStaffRole(role) ? sessionLimits.staff : sessionLimits.employer);

/** A new signed-in browser for the user (called when the password was right). */
export async function startSignInSession(user: { id: string; role: UserRole }, now = new Date()): Promise<string> {
  const session = await db.signInSession.create({
    data: { userId: user.id, expiresAt: new Date(now.getTime() + limitsFor(user.role).absoluteMs), lastSeenAt: now },
    select: { id: true },
  });
  return session.id;
}

/**
 * Whether the session still stands: this user's, not signed out, not past its end, and (staff) not idle
 * too long. Keeps "last seen" fresh. A session that went idle is revoked, so it cannot come back.
 */
export async function checkSignInSession(
  sessionId: string | undefined,
  user: { id: string; role: UserRole },
  now = new Date(),
): Promise<boolean> {
  if (!sessionId) return false;
  const session = await db.signInSession.findUnique({ where: { id: sessionId } });
  if (!session || session.userId !== user.id || session.revokedAt || session.expiresAt <= now) return false;
  const { idleMs } = limitsFor(user.role);
  if (idleMs !== null && now.getTime() - session.lastSeenAt.getTime() > idleMs) {
    await db.signInSession.update({ where: { id: session.id }, data: { revokedAt: now } });
    return false;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > touchEveryMs)
    await db.signInSession.updateMany({ where: { id: session.id, revokedAt: null }, data: { lastSeenAt: now } });
  return true;
}

/** Signing out: this browser's session ends on the server, so a copied cookie is worth nothing after it. */
export async function endSignInSession(sessionId: string | undefined, now = new Date()): Promise<void> {
  if (!sessionId) return;
  await db.signInSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Every session of the user (a password reset, a removal from the organisation, a disabled account). */
export async function endAllSignInSessions(userId: string, now = new Date()): Promise<void> {
  await db.signInSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}

/** Sessions that ended more than a day ago are only clutter (run by the worker with the rate-limit prune). */
export async function pruneSignInSessions(now = new Date()): Promise<number> {
  const { count } = await db.signInSession.deleteMany({
    where: {
      OR: [
        { expiresAt: { lt: new Date(now.getTime() - 86_400_000) } },
        { revokedAt: { lt: new Date(now.getTime() - 86_400_000) } },
      ],
    },
  });
  return count;
}
