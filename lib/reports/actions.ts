"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { requestIp } from "@/lib/server/request-context";
import { closeReportCase } from "./close-report-case";
import { submitReport } from "./submit-report";
import { takeReportCase } from "./take-report-case";

// POST vacancy page – "report this vacancy", without an account
export const submitReportAction = formAction(async ({ values }) => {
  const { receipt } = await submitReport(values, { ip: await requestIp() });
  return { status: "success", formError: "report.received", formErrorParams: { receipt } };
});

// POST report case page – a moderator takes the case of one vacancy
export const takeReportCaseAction = formAction(async ({ values, locale, actor }) => {
  await takeReportCase(await actor(), values);
  revalidatePath(`/${locale}/staff/reports`, "layout");
  return { status: "success", formError: "staff.caseTaken" };
});

// POST report case page – a moderator closes the case with its outcome
export const closeReportCaseAction = formAction(async ({ values, locale, actor }) => {
  const { closed } = await closeReportCase(await actor(), values);
  revalidatePath(`/${locale}/staff/reports`, "layout");
  return { status: "success", formError: "staff.caseClosed", formErrorParams: { count: closed } };
});
