"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { localeOfForm as localeOf } from "@/lib/i18n/routing";
import { formValues, type FormState } from "@/lib/forms/field-errors";
import { formStateFromError, isNavigationSignal } from "@/lib/forms/form-state";
import { currentActor } from "@/lib/server/current-actor";
import { closeVacancy } from "./close-vacancy";
import { duplicateVacancy } from "./duplicate-vacancy";
import { renewVacancy } from "./renew-vacancy";
import { saveVacancy } from "./save-vacancy";

// POST vacancy form – create or edit; intent "draft" saves, "submit" sends to review
export async function saveVacancyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = localeOf(formData);
  const intent = formData.get("intent") === "submit" ? "submit" : "draft";
  const vacancyId = typeof values.vacancyId === "string" && values.vacancyId ? values.vacancyId : undefined;
  const version = typeof values.version === "string" && values.version ? values.version : undefined;
  try {
    const result = await saveVacancy(await currentActor(), { vacancyId, version, intent, input: values });
    revalidatePath(`/${locale}/employer`);
    const notice =
      result.revision === "pending"
        ? "revisionSubmitted"
        : result.revision === "draft"
          ? "revisionSaved"
          : intent === "submit"
            ? "submitted"
            : "savedDraft";
    redirect(`/${locale}/employer?notice=${notice}`);
  } catch (error) {
    if (isNavigationSignal(error)) throw error;
    return formStateFromError(error, values);
  }
}

// POST dashboard row actions: duplicate, close, renew
export async function vacancyRowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const vacancyId = String(formData.get("vacancyId") ?? "");
  const operation = formData.get("operation");
  try {
    const actor = await currentActor();
    if (operation === "duplicate") {
      const copy = await duplicateVacancy(actor, vacancyId);
      redirect(`/${locale}/employer/vacancies/${copy.vacancyId}/edit?notice=duplicated`);
    }
    if (operation === "close") await closeVacancy(actor, vacancyId);
    else if (operation === "renew")
      await renewVacancy(actor, vacancyId, { validThrough: formData.get("validThrough") });
    else return { status: "error", formError: "errors.invalid" };
    revalidatePath(`/${locale}/employer`);
    return { status: "success", formError: operation === "close" ? "employer.closed" : "employer.renewed" };
  } catch (error) {
    if (isNavigationSignal(error)) throw error;
    return formStateFromError(error, { vacancyId });
  }
}
