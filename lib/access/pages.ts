import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { EmployerActor, StaffActor } from "./actor";
import { currentActor } from "./current-actor";
import { isEmployerRole, isStaffRole, roleCan, type Permission } from "./roles";

// For pages only: send a visitor without the right account to the sign-in page. This is convenience, not
// security: the use cases the page calls check the actor again (lib/access/require.ts).

/** The signed-in employer, or a redirect to the employer sign-in page. */
export async function requireEmployerPage(locale: string): Promise<EmployerActor> {
  const actor = await currentActor();
  if (!actor || !isEmployerRole(actor.role) || !actor.organizationId) redirect(`/${locale}/employer/sign-in`);
  return actor as EmployerActor;
}

/** The signed-in staff member, or a redirect to the staff sign-in page. */
export async function requireStaffPage(locale: string): Promise<StaffActor> {
  const actor = await currentActor();
  if (!actor || !isStaffRole(actor.role)) redirect(`/${locale}/staff/sign-in`);
  return actor as StaffActor;
}

/** A staff member whose role holds the permission; anyone else on staff gets the 403 page (forbidden.tsx). */
export async function requireStaffPagePermission(locale: string, permission: Permission): Promise<StaffActor> {
  const actor = await requireStaffPage(locale);
  if (!roleCan(actor.role, permission)) forbidden();
  return actor;
}
