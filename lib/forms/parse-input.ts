import type { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { fieldErrorsOf } from "./field-errors";

/**
 * The one way a use case reads its input: the schema's output, or `AppError("invalid")` carrying the field
 * errors as message keys, which the form shows next to each field in the user's language.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "invalid input", { fields: fieldErrorsOf(parsed.error) });
  return parsed.data;
}

/** An `AppError("invalid")` for problems found after parsing (a date in the past, a rate that jumped). */
export function invalidFields(fields: Record<string, string[]>): AppError {
  return new AppError("invalid", "invalid input", { fields });
}
