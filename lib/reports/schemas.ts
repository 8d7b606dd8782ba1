import { z } from "zod";
import { ReportReason } from "@/lib/generated/prisma/enums";
import { vacancyIdSchema } from "@/lib/vacancies/schemas";

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max, "validation.tooLong").optional(),
  );

/** "Report this vacancy", sent by anyone without an account. */
export const reportSchema = z.object({
  vacancyId: vacancyIdSchema,
  reason: z.enum(ReportReason, "validation.required"),
  message: optionalText(2000),
});

const upheldOutcomes = ["VACANCY_CLOSED", "CHANGES_REQUESTED", "EMPLOYER_BLOCKED", "EMPLOYER_WARNED"] as const;

/** A moderator takes the case of one vacancy (all its open reports together). */
export const takeReportCaseSchema = z.object({ vacancyId: vacancyIdSchema });

/** A moderator closes a case: upheld with the action taken, or dismissed; the note says what was found. */
export const closeReportCaseSchema = z.object({
  vacancyId: vacancyIdSchema,
  outcome: z.enum([...upheldOutcomes, "DISMISSED"], "validation.reportOutcomeRequired"),
  note: z.string().trim().min(10, "validation.reasonTooShort").max(2000, "validation.tooLong"),
});

/** The archive and open list of cases (a GET form: a wrong value is ignored). */
const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional().catch(undefined));
export const reportCaseFilterSchema = z.object({
  state: optionalFilter(z.enum(["open", "closed"])),
  country: optionalFilter(z.enum(["KG", "KZ"])),
  reason: optionalFilter(z.enum(ReportReason)),
  outcome: optionalFilter(z.enum([...upheldOutcomes, "DISMISSED"])),
  page: optionalFilter(z.coerce.number().int().min(1).max(1000)),
});
export type ReportCaseFilter = z.infer<typeof reportCaseFilterSchema>;

/** A receipt number as the reporter types it (spaces and case forgiven). */
export const receiptSchema = z.object({
  receipt: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toUpperCase().replace(/\s+/g, "") : v),
    z
      .string("validation.required")
      .min(1, "validation.required")
      .max(20, "validation.receipt")
      .regex(/^R-[A-Z2-9]{7}$/, "validation.receipt"),
  ),
});
