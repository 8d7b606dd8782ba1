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
