import "server-only";
import { redirect } from "next/navigation";
import type { StaffActor } from "@/lib/moderation/staff";
import type { EmployerActor } from "./actor";
import { currentActor } from "./current-actor";

/** For employer pages: the signed-in employer, or a redirect to the sign-in page (the use cases check again). */
export async function requireEmployerPage(locale: string): Promise<EmployerActor> {
  const actor = await currentActor();
  if (!actor || actor.role !== "EMPLOYER" || !actor.organizationId) redirect(`/${locale}/employer/sign-in`);
  return actor as EmployerActor;
}

/** For back-office pages: the signed-in staff member, or a redirect to the staff sign-in page. */
export async function requireStaffPage(locale: string): Promise<StaffActor> {
  const actor = await currentActor();
  if (!actor || (actor.role !== "MODERATOR" && actor.role !== "ADMINISTRATOR")) redirect(`/${locale}/staff/sign-in`);
  return actor as StaffActor;
}
