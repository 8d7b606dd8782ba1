"use server";

import { revalidatePath } from "next/cache";
import { localeOfForm } from "@/lib/i18n/routing";
import { formValues, type FormState } from "@/lib/forms/field-errors";
import { formStateFromError } from "@/lib/forms/form-state";
import { currentActor } from "@/lib/server/current-actor";
import { inviteMember } from "./invite-member";
import { revokeInvitation } from "./revoke-invitation";

// POST members – invite a colleague by e-mail
export async function inviteMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = localeOfForm(formData);
  try {
    await inviteMember(await currentActor(), { email: values.email, locale });
    revalidatePath(`/${locale}/employer/members`);
    return { status: "success", values: { email: values.email } };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

// POST members – withdraw an open invitation
export async function revokeInvitationAction(formData: FormData): Promise<void> {
  const locale = localeOfForm(formData);
  await revokeInvitation(await currentActor(), String(formData.get("invitationId") ?? ""));
  revalidatePath(`/${locale}/employer/members`);
}
