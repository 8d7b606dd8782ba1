"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { changeStaffRole } from "./change-staff-role";
import { resendStaffInvitation } from "./resend-staff-invitation";
import { revokeStaffInvitation } from "./revoke-staff-invitation";

// POST team page – an administrator makes a colleague a moderator or an administrator
export const changeStaffRoleAction = formAction(async ({ values, locale, actor }) => {
  await changeStaffRole(await actor(), values);
  revalidatePath(`/${locale}/staff/team`);
  return { status: "success", formError: "staffTeam.roleChanged" };
});

// POST team page – an administrator sends an unused invitation again (new link; the old one stops working)
export const resendStaffInvitationAction = formAction(async ({ values, locale, actor }) => {
  await resendStaffInvitation(await actor(), values, { locale });
  revalidatePath(`/${locale}/staff/team`);
  return { status: "success", formError: "staffTeam.invitationResent" };
});

// POST team page – an administrator withdraws an unused invitation (the account is disabled, the link dies)
export const revokeStaffInvitationAction = formAction(async ({ values, locale, actor }) => {
  await revokeStaffInvitation(await actor(), values);
  revalidatePath(`/${locale}/staff/team`);
  return { status: "success", formError: "staffTeam.invitationRevoked" };
});
