import "server-only";
import type { CountryCode, MembershipRole, UserRole } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import type { StaffRole } from "./roles";

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

/** The user behind a session: null when the account is gone, disabled, or the session predates a password reset. */
export async function loadActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { orderBy: { createdAt: "asc" }, take: 1 } },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
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
