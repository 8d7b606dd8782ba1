import "server-only";
import type { CountryCode, MembershipRole, UserRole } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import type { StaffRole } from "./roles";
import { checkSignInSession } from "./sign-in-sessions";

/** Who is acting. Use cases receive it and build what it may see or change into their queries. */
export type Actor = {
  userId: string;
  email: string;
  name: string | null;
  role: UserRole;
  locale: string;
  /** Employers: their organisation (one per account, see docs/decisions/0008). */
  organizationId: string | null;
  membershipRole: MembershipRole | null;
  /** Staff: the countries they act for. */
  jurisdictions: CountryCode[];
};

export type EmployerActor = Actor & { role: "EMPLOYER"; organizationId: string; membershipRole: MembershipRole };
export type StaffActor = Actor & { role: StaffRole };
export type AdministratorActor = StaffActor & { role: "ADMINISTRATOR" };

/**
 * The user behind a session: null when the account is gone or disabled, the session predates a password
 * reset (session version), or — when the cookie names its sign-in session — that session was signed out,
 * ran out or (staff) sat idle too long. Use cases and tests that act for a user without a browser pass no
 * session id (`{ sessionId: null }` is only accepted from code, never from a cookie: see current-actor.ts).
 */
export async function loadActor(
  userId: string,
  sessionVersion: number,
  session: { sessionId: string | undefined } | null = null,
): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { orderBy: { createdAt: "asc" }, take: 1 } },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  if (session && !(await checkSignInSession(session.sessionId, user))) return null;
  const membership = user.memberships[0];
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    organizationId: membership?.organizationId ?? null,
    membershipRole: membership?.role ?? null,
    jurisdictions: user.jurisdictions,
  };
}
