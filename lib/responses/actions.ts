"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/form-action";
import { requestIp } from "@/lib/server/request-context";
import { markResponse } from "./mark-response";
import { submitResponse } from "./submit-response";
import { withdrawResponse } from "./withdraw-response";

// POST vacancy page – a seeker responds (no account); the state carries the private link to follow it
export const submitResponseAction = formAction(async ({ values, locale }) => {
  const { link } = await submitResponse(values, { ip: await requestIp(), locale });
  return { status: "success", formError: "respond.sent", formErrorParams: { link } };
});

// POST private response page – the seeker withdraws the response
export const withdrawResponseAction = formAction(async ({ values, locale }) => {
  await withdrawResponse(String(values.token ?? ""));
  revalidatePath(`/${locale}/responses/${String(values.token ?? "")}`);
  return { status: "success", formError: "respond.withdrawn" };
});

// POST employer's responses page – mark a response seen, invited or declined
export const markResponseAction = formAction(async ({ values, locale, actor }) => {
  await markResponse(await actor(), values);
  revalidatePath(`/${locale}/employer/vacancies/${String(values.vacancyId ?? "")}/responses`);
});
