import { z } from "zod";
import { checkbox } from "@/lib/forms/checkbox";
import { staffRoles } from "@/lib/access/roles";
import { emailSchema, passwordSchema } from "@/lib/accounts/schemas";
import { isLinearPattern } from "@/lib/moderation/risk/linear-pattern";
import {
  CountryCode,
  OrganizationKind,
  RejectionCode,
  RiskLevel,
  Sector,
  VacancySection,
  VerificationState,
} from "@/lib/generated/prisma/enums";

// Inputs of the back office, shared by its forms and its use cases. Messages are keys into messages/*.json.

const reason = z.string().trim().min(10, "validation.reasonTooShort").max(2000, "validation.tooLong");
const id = z.string().min(1).max(40);

export const decisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), vacancyId: id, version: z.string().min(1).max(40) }),
  z.object({
    decision: z.literal("changes"),
    vacancyId: id,
    version: z.string().min(1).max(40),
    message: reason,
    /** The form's sections the request concerns (ticked boxes; none is fine). */
    sections: z
      .preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), z.array(z.enum(VacancySection)).max(6))
      .transform((sections) => [...new Set(sections)]),
  }),
  z.object({
    decision: z.literal("reject"),
    vacancyId: id,
    version: z.string().min(1).max(40),
    code: z.enum(RejectionCode, "validation.required"),
    message: reason,
  }),
  /** A published vacancy taken off the portal by a moderator (the employer is told why). */
  z.object({
    decision: z.literal("close"),
    vacancyId: id,
    version: z.string().min(1).max(40),
    code: z.enum(RejectionCode, "validation.required"),
    message: reason,
  }),
]);
export type Decision = z.infer<typeof decisionSchema>;

/** Bulk approval: "vacancyId|version" per ticked item, as the queue's checkboxes send it. */
export const bulkApproveSchema = z.object({
  item: z
    .preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), z.array(z.string().max(100)).max(100))
    .transform((items) =>
      items.map((value) => {
        const [vacancyId = "", version = ""] = value.split("|");
        return { vacancyId, version };
      }),
    ),
});

const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional().catch(undefined));

export const queueFilterSchema = z.object({
  country: optionalFilter(z.enum(CountryCode)),
  sector: optionalFilter(z.enum(Sector)),
  kind: optionalFilter(z.enum(OrganizationKind)),
  risk: optionalFilter(z.enum(RiskLevel)),
  /** waiting at least this many days */
  olderThan: optionalFilter(z.coerce.number().int().min(1).max(60)),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

/** The employers registry's search (a GET form: a wrong value is ignored, never an error page). */
export const employerFilterSchema = z.object({
  /** Part of the legal name, or the BIN/INN (digits) */
  q: optionalFilter(z.string().trim().max(200)),
  country: optionalFilter(z.enum(CountryCode)),
  kind: optionalFilter(z.enum(OrganizationKind)),
  verification: optionalFilter(z.enum(VerificationState)),
  blocked: optionalFilter(z.enum(["yes", "no"])),
  page: optionalFilter(z.coerce.number().int().min(1).max(1000)),
});
export type EmployerFilter = z.infer<typeof employerFilterSchema>;

export const verifyOrganizationSchema = z.object({
  organizationId: id,
  note: z.string().trim().min(5, "validation.verifyNoteTooShort").max(500, "validation.tooLong"),
});
export const blockOrganizationSchema = z.object({
  organizationId: id,
  reason: z.string().trim().min(10, "validation.reasonTooShort").max(1000, "validation.tooLong"),
  /** The moderator ticked "I understand that all its vacancies leave the portal" (works without JavaScript) */
  confirm: z.preprocess((v) => v === true || v === "on" || v === "true", z.literal(true, "validation.confirmBlock")),
});
export const unblockOrganizationSchema = z.object({ organizationId: id });

const jurisdictions = z.preprocess(
  (v) => (Array.isArray(v) ? v : v ? [v] : []),
  z.array(z.enum(CountryCode)).min(1, "validation.required"),
);
const staffName = z.string().trim().min(2, "validation.required").max(120, "validation.tooLong");

/** A staff account as the command line creates it (with a password) and administrators invite (without). */
export const staffMemberSchema = z.object({
  email: emailSchema,
  name: staffName,
  role: z.enum(staffRoles, "validation.required"),
  jurisdictions,
  password: passwordSchema,
});
export const inviteStaffMemberSchema = staffMemberSchema.omit({ password: true });
export const updateStaffMemberSchema = z.object({ userId: id, jurisdictions, disabled: checkbox });

/** A rule's pattern must compile in RE2, the linear-time engine the scorer uses (no lookaround, no back-references). */
function compiles(source: string | undefined): boolean {
  return !source || isLinearPattern(source);
}
const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

export const ruleUpdateSchema = z.object({
  id: z.string().min(1).max(60),
  weight: z.coerce.number().int().min(0, "validation.positive").max(100, "validation.tooMany"),
  enabled: checkbox,
  pattern: z.preprocess(
    emptyAsUndefined,
    z.string().max(4000, "validation.tooLong").refine(compiles, "validation.pattern").optional(),
  ),
  unless: z.preprocess(
    emptyAsUndefined,
    z.string().max(2000, "validation.tooLong").refine(compiles, "validation.pattern").optional(),
  ),
});

/** "Try on a text": a sample vacancy text, and optionally one rule with the pattern being edited (not saved). */
export const ruleTrialSchema = z.object({
  text: z.string().trim().min(1, "validation.required").max(20_000, "validation.tooLong"),
  ruleId: z.preprocess(emptyAsUndefined, z.string().max(60, "validation.tooLong").optional()),
  pattern: ruleUpdateSchema.shape.pattern,
  unless: ruleUpdateSchema.shape.unless,
});

/** Team page: moderator ↔ administrator; a downgrade is confirmed with a ticked box (works without JavaScript). */
export const changeStaffRoleSchema = z.object({
  userId: id,
  role: z.enum(staffRoles, "validation.required"),
  confirm: checkbox,
});
/** Team page: a new link for an invitation nobody has used yet. */
export const resendStaffInvitationSchema = z.object({ userId: id });
/** Team page: withdraw an invitation nobody has used (confirmed with a ticked box). */
export const revokeStaffInvitationSchema = z.object({ userId: id, confirm: checkbox });
/** Risk model page: put a trained version in force (confirmed with a ticked box). */
export const activateRiskModelSchema = z.object({ id, confirm: checkbox });
