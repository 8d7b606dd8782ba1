"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { AppError } from "@/lib/server/errors";
import { blockOrganization } from "./block-organization";
import { bulkApproveLowRisk } from "./bulk-approve-low-risk";
import { decideVacancy } from "./decide-vacancy";
import { inviteStaffMember } from "./invite-staff-member";
import { updateRiskRule } from "./risk/update-risk-rule";
import { unblockOrganization } from "./unblock-organization";
import { updateStaffMember } from "./update-staff-member";
import { verifyOrganization } from "./verify-organization";

// POST review screen – approve, request changes or reject (the button pressed says which)
export const decideVacancyAction = formAction(async ({ values, locale, actor }) => {
  const { outcome } = await decideVacancy(await actor(), values);
  redirect(`/${locale}/staff?decided=${outcome}`);
});

const organizationOperations = {
  verify: verifyOrganization,
  block: blockOrganization,
  unblock: unblockOrganization,
} as const;

// POST review screen – verify, block or unblock the employer (the button pressed says which)
export const organizationAction = formAction(async ({ values, locale, actor }) => {
  const operation = String(values.operation) as keyof typeof organizationOperations;
  if (!Object.hasOwn(organizationOperations, operation)) throw new AppError("invalid", "unknown operation");
  await organizationOperations[operation](await actor(), values);
  revalidatePath(`/${locale}/staff`, "layout");
  return { status: "success", formError: `staff.organizationDone.${operation}` };
});

// POST queue – approve the ticked low-risk items at once
export const bulkApproveAction = formAction(async ({ values, locale, actor }) => {
  const { approved, skipped } = await bulkApproveLowRisk(await actor(), values);
  redirect(`/${locale}/staff?bulk=${approved.length}-${skipped.length}`);
});

// POST rules page – an administrator tunes one red-flag rule
export const updateRiskRuleAction = formAction(async ({ values, actor }) => {
  await updateRiskRule(await actor(), values);
  return { status: "success", formError: "staff.ruleSaved" };
});

// POST team page – an administrator adds a colleague, or changes one's countries / disables the account
export const staffMemberAction = formAction(async ({ values, locale, actor }) => {
  if (values.operation === "invite") await inviteStaffMember(await actor(), values, { locale });
  else await updateStaffMember(await actor(), values);
  revalidatePath(`/${locale}/staff/team`);
  return { status: "success", formError: "staff.teamSaved" };
});
