import { z } from "zod";
import { emailSchema, phoneSchema } from "@/lib/accounts/schemas";
import { normalizeRegistryNumber } from "./registry-number";

// The organisation's profile, shared by its forms (checks in the browser) and its use cases (the real check).

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((value) => value || null);

/** A website as people type it ("example.kz" too); stored with its scheme. Only http(s), never javascript:. */
const website = z
  .string()
  .trim()
  .max(200, "validation.tooLong")
  .optional()
  .transform((value) => (value ? (/^https?:\/\//i.test(value) ? value : `https://${value}`) : null))
  .refine((value) => {
    if (value === null) return true;
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
    } catch {
      return false;
    }
  }, "validation.website");

/** What every member may keep up to date: how seekers and the ministry reach the organisation. */
export const organizationContactsSchema = z.object({
  contactPhone: phoneSchema,
  contactEmail: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(emailSchema.optional())
    .transform((value) => value ?? null),
  website,
  address: optionalText(300),
  description: optionalText(2000),
});

/**
 * What only the owner may change: the legal identity. The registry number's format is checked by the use
 * case against the organisation's country; a change of name or number sends it back to "not verified".
 */
export const organizationLegalSchema = z.object({
  legalName: z.string("validation.required").trim().min(2, "validation.required").max(200, "validation.tooLong"),
  registryNumber: z
    .string("validation.registryNumber.required")
    .trim()
    .min(1, "validation.registryNumber.required")
    .max(40, "validation.tooLong")
    .transform(normalizeRegistryNumber),
  agencyLicense: optionalText(200),
});

/** Team changes name the member by their membership. */
export const membershipTargetSchema = z.object({ membershipId: z.string().min(1).max(40) });
