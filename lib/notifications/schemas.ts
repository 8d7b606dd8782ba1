import { z } from "zod";
import { checkbox } from "@/lib/forms/checkbox";
import { locales } from "@/lib/i18n/routing";

/** The e-mail switches a member keeps (one checkbox per topic) and the language of their e-mails. */
export const notificationPreferencesSchema = z.object({
  emailDecisions: checkbox,
  emailExpiry: checkbox,
  emailResponses: checkbox,
  mailLocale: z.enum(locales, { message: "validation.invalid" }),
});

/** Paging back through the list: the id of the last notification shown. */
export const notificationPageSchema = z.object({ before: z.string().max(40).optional() });
