"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/forms/field-errors";
import { formStateFromError } from "@/lib/forms/form-state";
import { localeOfForm } from "@/lib/i18n/routing";
import { currentActor } from "@/lib/server/current-actor";
import { requestIp } from "@/lib/server/request-context";
import { handleReport } from "./handle-report";
import { submitReport } from "./submit-report";

// POST vacancy page – "report this vacancy", without an account
export async function submitReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const { receipt } = await submitReport(values, { ip: await requestIp() });
    return { status: "success", formError: "report.received", formErrorParams: { receipt } };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

// POST staff queue – move a report case on
export async function handleReportAction(formData: FormData): Promise<void> {
  await handleReport(await currentActor(), formValues(formData));
  revalidatePath(`/${localeOfForm(formData)}/staff`);
}
