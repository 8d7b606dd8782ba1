"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { inviteMember } from "./invite-member";
import { revokeInvitation } from "./revoke-invitation";
import { updateOrganizationContacts, updateOrganizationLegalDetails } from "./organization-profile";
import { removeMember, transferOwnership } from "./team";

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

// POST organization – contacts and description (any member)
export const updateOrganizationContactsAction = formAction(async ({ values, locale, actor }) => {
  await updateOrganizationContacts(await actor(), values);
  revalidatePath(`/${locale}/employer/organization`);
  return { status: "success", formError: "employer.organization.saved" };
});

// POST organization – legal name, registry number, licence (owner only)
export const updateOrganizationLegalDetailsAction = formAction(async ({ values, locale, actor }) => {
  await updateOrganizationLegalDetails(await actor(), values);
  revalidatePath(`/${locale}/employer`, "layout");
  return { status: "success", formError: "employer.organization.legalSaved" };
});

// POST members – remove a member (owner only)
export const removeMemberAction = formAction(async ({ values, locale, actor }) => {
  await removeMember(await actor(), values);
  revalidatePath(`/${locale}/employer/members`);
  return { status: "success", formError: "employer.team.removed" };
});

// POST members – hand ownership to a member (owner only)
export const transferOwnershipAction = formAction(async ({ values, locale, actor }) => {
  await transferOwnership(await actor(), values);
  revalidatePath(`/${locale}/employer`, "layout");
  return { status: "success", formError: "employer.team.transferred" };
});
