"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { recordExchangeRate } from "./record-exchange-rate";

// POST rates page – an administrator enters the official som→tenge rate of a day
export const recordExchangeRateAction = formAction(async ({ values, locale, actor }) => {
  await recordExchangeRate(await actor(), values);
  revalidatePath(`/${locale}/staff/rates`);
  return { status: "success", formError: "staff.rateSaved" };
});
