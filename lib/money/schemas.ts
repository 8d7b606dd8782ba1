import { z } from "zod";
import { checkbox } from "@/lib/forms/checkbox";

/** A rate that moves more than this from the one in force needs an explicit confirmation (a slipped digit: 59 for 5.9). */
export const largeRateChange = 0.25;

/** Form input: "5,92" as typed in Russian is accepted as 5.92. */
const decimal = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().replace(",", ".") : v),
  z.coerce.number({ error: "validation.number" }),
);

export const exchangeRateSchema = z.object({
  // Tenge for one som. Realistic values are 5–7; the bounds only catch a wrong unit or a missing comma.
  rate: decimal.pipe(z.number().min(1, "validation.rateImplausible").max(50, "validation.rateImplausible")),
  effectiveDate: z.string("validation.date").regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date"),
  source: z.string("validation.required").trim().min(3, "validation.required").max(200, "validation.tooLong"),
  confirmLargeChange: checkbox,
});
