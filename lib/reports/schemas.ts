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

/** A moderator moves a report case on. */
export const handleReportSchema = z.object({
  reportId: z.string().min(1).max(40),
  status: z.enum(["IN_PROGRESS", "RESOLVED", "DISMISSED"]),
  note: optionalText(2000),
});
