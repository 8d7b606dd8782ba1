"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { requestIp } from "@/lib/server/request-context";
import { handleReport } from "@/lib/reports/handle-report";
import { submitReport } from "./submit-report";

// POST vacancy page – "report this vacancy", without an account
export const submitReportAction = formAction(async ({ values }) => {
  const { receipt } = await submitReport(values, { ip: await requestIp() });
  return { status: "success", formError: "report.received", formErrorParams: { receipt } };
});

// POST staff queue – move a report case on
export const handleReportAction = formAction(async ({ values, locale, actor }) => {
  await handleReport(await actor(), values);
  revalidatePath(`/${locale}/staff`);
});
