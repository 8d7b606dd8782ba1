"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { markAllNotificationsRead, updateNotificationPreferences } from "./update-notifications";

// POST notifications – mark every notification as read
export const markAllNotificationsReadAction = formAction(async ({ locale, actor }) => {
  await markAllNotificationsRead(await actor());
  revalidatePath(`/${locale}/employer`, "layout");
});

// POST notifications – which e-mails to get, and their language
export const updateNotificationPreferencesAction = formAction(async ({ values, locale, actor }) => {
  await updateNotificationPreferences(await actor(), values);
  revalidatePath(`/${locale}/employer/notifications`);
  return { status: "success", formError: "notifications.saved" };
});
