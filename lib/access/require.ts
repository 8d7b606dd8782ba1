import "server-only";
import { AppError } from "@/lib/server/errors";
import type { Actor, AdministratorActor, EmployerActor, StaffActor } from "./actor";
import { isEmployerRole, isStaffRole, roleCan, type Permission } from "./roles";

// The checks every use case starts with. Each returns the actor narrowed to what it proved, or throws the
// one error type: `unauthenticated` without a session, `forbidden` for the wrong kind of account.

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError("unauthenticated");
  return actor;
}

/** A member of an employer organisation. */
export function requireEmployer(actor: Actor | null): EmployerActor {
  const known = requireActor(actor);
  if (!isEmployerRole(known.role) || !known.organizationId || !known.membershipRole) throw new AppError("forbidden");
  return known as EmployerActor;
}

/** The owner of the employer's organisation (legal details, team). */
export function requireOwner(actor: Actor | null): EmployerActor {
  const employer = requireEmployer(actor);
  if (employer.membershipRole !== "OWNER") throw new AppError("forbidden");
  return employer;
}

/** Ministry staff (moderator or administrator). */
export function requireStaff(actor: Actor | null): StaffActor {
  const known = requireActor(actor);
  if (!isStaffRole(known.role)) throw new AppError("forbidden");
  return known as StaffActor;
}

/** An administrator (staff, risk rules, exchange rate, audit log). */
export function requireAdministrator(actor: Actor | null): AdministratorActor {
  const staff = requireStaff(actor);
  if (staff.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  return staff as AdministratorActor;
}

/** The actor, when their role holds the permission; the use case then limits rows by the permission's scope. */
export function requirePermission(actor: Actor | null, permission: Permission): Actor {
  const known = requireActor(actor);
  if (!roleCan(known.role, permission)) throw new AppError("forbidden");
  return known;
}
