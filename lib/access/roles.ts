// Who can act on the portal: the one list of roles and what each may do. Pure data, so pages and client
// components can ask the same questions the use cases enforce (lib/access/require.ts, lib/access/scopes.ts).
import type { UserRole } from "@/lib/generated/prisma/enums";

export const employerRole = "EMPLOYER" as const satisfies UserRole;
export const moderatorRole = "MODERATOR" as const satisfies UserRole;
export const administratorRole = "ADMINISTRATOR" as const satisfies UserRole;
export const staffRoles = [moderatorRole, administratorRole] as const;
export type StaffRole = (typeof staffRoles)[number];

export function isStaffRole(role: unknown): role is StaffRole {
  return (staffRoles as readonly unknown[]).includes(role);
}

export const isEmployerRole = (role: unknown): role is typeof employerRole => role === employerRole;

/**
 * Permissions are named `action:entity:scope` (as in the Epic Stack). The scope says which rows the
 * permission reaches, and the use case builds exactly that into its query:
 *   own           the actor's organisation (employers)
 *   jurisdiction  the countries the staff member acts for
 *   any           every row (administrators' portal-wide tools)
 */
const employerPermissions = [
  "create:vacancy:own",
  "update:vacancy:own",
  "read:vacancy:own",
  "read:member:own",
  "invite:member:own",
  "read:response:own",
  "update:response:own",
] as const;

const moderatorPermissions = [
  "review:vacancy:jurisdiction",
  "decide:vacancy:jurisdiction",
  "verify:organization:jurisdiction",
  "block:organization:jurisdiction",
  "handle:report:jurisdiction",
] as const;

const administratorPermissions = [
  ...moderatorPermissions,
  "manage:staff:any",
  "manage:risk-rule:any",
  "manage:risk-model:any",
  "record:exchange-rate:any",
  "read:audit:any",
  "read:alerts:any",
] as const;

export type Permission =
  | (typeof employerPermissions)[number]
  | (typeof moderatorPermissions)[number]
  | (typeof administratorPermissions)[number];

export const permissionsByRole: Record<UserRole, readonly Permission[]> = {
  EMPLOYER: employerPermissions,
  MODERATOR: moderatorPermissions,
  ADMINISTRATOR: administratorPermissions,
};

/** Whether someone with this role holds the permission (the use case still limits the rows by its scope). */
export function roleCan(role: UserRole | null | undefined, permission: Permission): boolean {
  return role ? permissionsByRole[role].includes(permission) : false;
}
