"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { requestIp } from "@/lib/server/request-context";
import { confirmAlert } from "./confirm-alert";
import { manageAlert } from "./manage-alert";
import { subscribeToAlerts } from "./subscribe-to-alerts";

// POST search page – a seeker subscribes the search to e-mail alerts (no account; the same answer for any address)
export const subscribeAlertAction = formAction(async ({ values, locale }) => {
  await subscribeToAlerts(values, { ip: await requestIp(), locale });
  return { status: "success", formError: "alerts.checkMail" };
});

// POST alert confirmation page – the address confirms the subscription (double opt-in)
export const confirmAlertAction = formAction(async ({ values }) => {
  const { outcome, manageLink } = await confirmAlert(String(values.token ?? ""));
  return {
    status: outcome === "too-many" ? "error" : "success",
    formError: `alerts.confirmOutcome.${outcome}`,
    formErrorParams: { manageLink: manageLink ?? "" },
  };
});

// POST alert manage page – the address ends one or all of its subscriptions, or changes one's frequency
export const manageAlertAction = formAction(async ({ values, locale }) => {
  await manageAlert(values);
  revalidatePath(`/${locale}/alerts/manage`);
  return { status: "success", formError: `alerts.managed.${String(values.operation)}` };
});
