import { z } from "zod";
import { checkbox } from "@/lib/forms/checkbox";
import { ContentLanguage, ResponseStatus } from "@/lib/generated/prisma/enums";
import { vacancyIdSchema } from "@/lib/vacancies/schemas";

/** A seeker's response, as the vacancy page's form sends it. */
export const respondSchema = z.object({
  vacancyId: vacancyIdSchema,
  name: z.string("validation.required").trim().min(2, "validation.required").max(80, "validation.tooLong"),
  // With the country code: the employer may be in the other republic.
  phone: z
    .string("validation.required")
    .trim()
    .min(1, "validation.required")
    .max(30, "validation.tooLong")
    .regex(/^\+[\d\s()-]{7,22}$/, "validation.phoneWithCode")
    .refine((value) => {
      const digits = value.replace(/\D/g, "").length;
      return digits >= 10 && digits <= 15;
    }, "validation.phoneWithCode"),
  message: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(1000, "validation.tooLong").optional(),
  ),
  answerLanguage: z.enum(ContentLanguage, "validation.required"),
  consent: checkbox.refine((v) => v, "validation.consentRequired"),
});

/** The private link's token (base64url, 43 characters). */
export const responseTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{40,60}$/);

/** What an employer may set: seen, invited, declined (withdrawn is the seeker's). */
export const markResponseSchema = z.object({
  responseId: z.string().min(1).max(40),
  status: z.enum([ResponseStatus.SEEN, ResponseStatus.INVITED, ResponseStatus.DECLINED], "validation.required"),
});
