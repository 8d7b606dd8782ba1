"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { activateRiskModelVersion } from "./model/activate-risk-model-version";
import { trainNewRiskModelVersion } from "./model/train-new-risk-model-version";

// POST risk model page – an administrator trains a new version (stored inactive, with its held-out measures)
export const trainRiskModelAction = formAction(async ({ locale, actor }) => {
  const { version } = await trainNewRiskModelVersion(await actor());
  revalidatePath(`/${locale}/staff/risk-model`);
  return { status: "success", formError: "staffRiskModel.trained", formErrorParams: { version } };
});

// POST risk model page – an administrator switches the model in force to a trained version (audited)
export const activateRiskModelVersionAction = formAction(async ({ values, locale, actor }) => {
  const { version } = await activateRiskModelVersion(await actor(), values);
  revalidatePath(`/${locale}/staff/risk-model`);
  return { status: "success", formError: "staffRiskModel.activated", formErrorParams: { version } };
});
