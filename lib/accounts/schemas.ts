import { z } from "zod";
import { CountryCode, OrganizationKind } from "@/lib/generated/prisma/enums";
import { normalizeRegistryNumber, registryNumberProblem } from "@/lib/organizations/registry-number";

// Shared by the forms (client-side checks) and the server actions/use cases (the real check).
// Messages are keys into messages/*.json → validation.*.

export const emailSchema = z
  .string({ error: "validation.required" })
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.email"));

export const passwordSchema = z
  .string({ error: "validation.required" })
  .min(10, "validation.passwordTooShort")
  .max(128, "validation.tooLong");

export const phoneSchema = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .regex(/^\+?[\d\s()-]{7,22}$/, "validation.phone")
  .refine((value) => {
    const digits = value.replace(/\D/g, "").length;
    return digits >= 9 && digits <= 15;
  }, "validation.phone");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((value) => (value ? value : undefined));

export const registerEmployerSchema = z
  .object({
    name: z.string().trim().min(2, "validation.required").max(120, "validation.tooLong"),
    email: emailSchema,
    password: passwordSchema,
    countryCode: z.enum(CountryCode, "validation.required"),
    kind: z.enum(OrganizationKind, "validation.required"),
    legalName: z.string().trim().min(2, "validation.required").max(200, "validation.tooLong"),
    // "Required" on the field itself: the checks below only run once every other field parses, and an empty
    // number would otherwise be the one empty field without a message.
    registryNumber: z
      .string("validation.registryNumber.required")
      .trim()
      .min(1, "validation.registryNumber.required")
      .transform(normalizeRegistryNumber),
    contactPhone: phoneSchema,
    agencyLicense: optionalText(200),
    locale: z.enum(["ru", "ky", "kk", "en"]).default("ru"),
  })
  .superRefine((value, ctx) => {
    const problem = registryNumberProblem(value.countryCode, value.registryNumber);
    if (problem)
      ctx.addIssue({ code: "custom", path: ["registryNumber"], message: `validation.registryNumber.${problem}` });
    if (value.kind === "RECRUITMENT_AGENCY" && !value.agencyLicense) {
      ctx.addIssue({ code: "custom", path: ["agencyLicense"], message: "validation.agencyLicenseRequired" });
    }
    if (
      value.password.toLowerCase().includes(value.email.split("@")[0]!.toLowerCase()) &&
      value.email.split("@")[0]!.length >= 4
    ) {
      ctx.addIssue({ code: "custom", path: ["password"], message: "validation.passwordContainsEmail" });
    }
  });

export type RegisterEmployerInput = z.input<typeof registerEmployerSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "validation.required" }).min(1, "validation.required").max(128, "validation.tooLong"),
});

export const requestPasswordResetSchema = z.object({
  email: emailSchema,
  locale: z.enum(["ru", "ky", "kk", "en"]).default("ru"),
});

export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "validation.invalidLink");

export const resetPasswordSchema = z.object({ token: tokenSchema, password: passwordSchema });

export const inviteMemberSchema = z.object({
  email: emailSchema,
  locale: z.enum(["ru", "ky", "kk", "en"]).default("ru"),
});

export const acceptInvitationSchema = z.object({
  token: tokenSchema,
  name: z.string().trim().min(2, "validation.required").max(120, "validation.tooLong"),
  password: passwordSchema,
});

/** A signed-in person changes their password: the current one, then the new one (which must differ). */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string("validation.required").min(1, "validation.required").max(128, "validation.tooLong"),
    newPassword: passwordSchema,
  })
  // Only a real new password can "equal the current one" (two empty fields get their own messages).
  .refine((values) => !values.newPassword || values.currentPassword !== values.newPassword, {
    path: ["newPassword"],
    message: "validation.passwordSame",
  });
