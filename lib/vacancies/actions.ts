"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { AppError } from "@/lib/server/errors";
import { closeVacancy } from "./close-vacancy";
import { duplicateVacancy } from "./duplicate-vacancy";
import { renewVacancy } from "./renew-vacancy";
import { saveVacancy } from "./save-vacancy";

const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);

// POST vacancy form – create or edit; intent "draft" saves, "submit" sends to review
export const saveVacancyAction = formAction(async ({ values, locale, actor }) => {
  const intent = values.intent === "submit" ? "submit" : "draft";
  const result = await saveVacancy(await actor(), {
    vacancyId: text(values.vacancyId),
    version: text(values.version),
    intent,
    input: values,
  });
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
});

// POST dashboard row – duplicate (a new draft), close, or extend the valid-through date (the button says which)
export const vacancyRowAction = formAction(async ({ values, locale, actor }) => {
  const vacancyId = String(values.vacancyId ?? "");
  const operation = values.operation;
  if (operation === "duplicate") {
    const copy = await duplicateVacancy(await actor(), vacancyId);
    redirect(`/${locale}/employer/vacancies/${copy.vacancyId}/edit?notice=duplicated`);
  }
  if (operation === "close") await closeVacancy(await actor(), vacancyId);
  else if (operation === "renew") await renewVacancy(await actor(), vacancyId, values);
  else throw new AppError("invalid", "unknown operation");
  revalidatePath(`/${locale}/employer`);
  return { status: "success", formError: operation === "close" ? "employer.closed" : "employer.renewed" };
});
