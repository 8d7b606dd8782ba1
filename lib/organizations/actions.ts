"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { inviteMember } from "./invite-member";
import { revokeInvitation } from "./revoke-invitation";

// POST members – invite a colleague by e-mail
export const inviteMemberAction = formAction(async ({ values, locale, actor }) => {
  await inviteMember(await actor(), { email: values.email, locale });
  revalidatePath(`/${locale}/employer/members`);
  return { status: "success", values: { email: values.email } };
});

// POST members – withdraw an open invitation
export const revokeInvitationAction = formAction(async ({ values, locale, actor }) => {
  await revokeInvitation(await actor(), String(values.invitationId ?? ""));
  revalidatePath(`/${locale}/employer/members`);
});
