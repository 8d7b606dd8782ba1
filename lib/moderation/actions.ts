"use server";

import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/forms/field-errors";
import { formStateFromError, isNavigationSignal } from "@/lib/forms/form-state";
import { localeOfForm } from "@/lib/i18n/routing";
import { currentActor } from "@/lib/server/current-actor";
import { decideVacancy } from "./decide-vacancy";

// POST review screen – approve or reject (the button pressed says which)
export async function decideVacancyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = localeOfForm(formData);
  try {
    const { outcome } = await decideVacancy(await currentActor(), { ...values, decision: formData.get("decision") });
    redirect(`/${locale}/staff?decided=${outcome}`);
  } catch (error) {
    if (isNavigationSignal(error)) throw error;
    return formStateFromError(error, values);
  }
}

// POST review screen – verify or block the employer (the button pressed says which)
export async function organizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const { blockOrganization, unblockOrganization, verifyOrganization } = await import("./organization-actions");
  const { revalidatePath } = await import("next/cache");
  try {
    const actor = await currentActor();
    const operation = formData.get("operation");
    if (operation === "verify") await verifyOrganization(actor, values);
    else if (operation === "block") await blockOrganization(actor, values);
    else if (operation === "unblock") await unblockOrganization(actor, values);
    else return { status: "error", formError: "errors.invalid" };
    revalidatePath(`/${localeOfForm(formData)}/staff`, "layout");
    return { status: "success", formError: `staff.organizationDone.${operation}` };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

// POST queue – approve the ticked low-risk items at once
export async function bulkApproveAction(formData: FormData): Promise<void> {
  const { bulkApproveLowRisk } = await import("./decide-vacancy");
  const items = formData.getAll("item").map((value) => {
    const [vacancyId = "", version = ""] = String(value).split("|");
    return { vacancyId, version };
  });
  const { approved, skipped } = await bulkApproveLowRisk(await currentActor(), items);
  redirect(`/${localeOfForm(formData)}/staff?bulk=${approved.length}-${skipped.length}`);
}

// POST rules page – an administrator tunes one red-flag rule
export async function updateRiskRuleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { updateRiskRule } = await import("./risk/manage-rules");
  const values = formValues(formData);
  try {
    await updateRiskRule(await currentActor(), values);
    return { status: "success", formError: "staff.ruleSaved" };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

// POST team page – an administrator adds a colleague, or changes one's countries / disables the account
export async function staffMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { inviteStaffMember, updateStaffMember } = await import("./manage-staff");
  const { revalidatePath } = await import("next/cache");
  const values = { ...formValues(formData), jurisdictions: formData.getAll("jurisdictions").map(String) };
  const locale = localeOfForm(formData);
  try {
    const actor = await currentActor();
    if (formData.get("operation") === "invite") await inviteStaffMember(actor, values, { locale });
    else await updateStaffMember(actor, values);
    revalidatePath(`/${locale}/staff/team`);
    return { status: "success", formError: "staff.teamSaved" };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

// POST rates page – an administrator enters the official som→tenge rate of a day
export async function recordExchangeRateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { recordExchangeRate } = await import("@/lib/money/manage-exchange-rates");
  const { revalidatePath } = await import("next/cache");
  const values = formValues(formData);
  try {
    await recordExchangeRate(await currentActor(), values);
    revalidatePath(`/${localeOfForm(formData)}/staff/rates`);
    return { status: "success", formError: "staff.rateSaved" };
  } catch (error) {
    return formStateFromError(error, values);
  }
}
