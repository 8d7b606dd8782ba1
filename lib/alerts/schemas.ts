import { z } from "zod";
import { emailSchema } from "@/lib/accounts/schemas";
import { AlertFrequency } from "@/lib/generated/prisma/enums";

/** The search page's alert form: an address, how often, and the search (its canonical query string). */
export const subscribeAlertSchema = z.object({
  email: emailSchema,
  frequency: z.enum(AlertFrequency, "validation.required"),
  // What searchQueryString wrote: "?q=…&country=KZ" or "" (every vacancy). Parsed again before use.
  query: z.string().max(1000, "validation.tooLong").default(""),
});

/** A mailed link's token (base64url, 43 characters). */
export const alertTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{40,60}$/);

/** What the manage page's buttons send. */
export const manageAlertSchema = z.discriminatedUnion("operation", [
  z.object({ operation: z.literal("end"), token: alertTokenSchema, subscriptionId: z.string().min(1).max(40) }),
  z.object({ operation: z.literal("endAll"), token: alertTokenSchema }),
  z.object({
    operation: z.literal("frequency"),
    token: alertTokenSchema,
    subscriptionId: z.string().min(1).max(40),
    frequency: z.enum(AlertFrequency, "validation.required"),
  }),
]);
