import type { z } from "zod";
import { AppError } from "@/lib/server/errors";
import { fieldErrorsOf } from "./field-errors";

/**
 * The one way a use case reads its input: the schema's output, or `AppError("invalid")` carrying the field
 * errors as message keys, which the form shows next to each field in the user's language.
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  // PostgreSQL cannot store a NUL character in text: refuse it here, next to its field, not as a 500 later.
  const withNul = fieldsWithNul(input);
  if (withNul.length)
    throw new AppError("invalid", "NUL character in input", {
      fields: Object.fromEntries(withNul.map((field) => [field, ["validation.invalidCharacters"]])),
    });
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "invalid input", { fields: fieldErrorsOf(parsed.error) });
  return parsed.data;
}

/** An `AppError("invalid")` for problems found after parsing (a date in the past, a rate that jumped). */
export function invalidFields(fields: Record<string, string[]>): AppError {
  return new AppError("invalid", "invalid input", { fields });
}

/** The top-level fields (or "_form") whose text contains U+0000, looking into arrays and nested objects. */
function fieldsWithNul(input: unknown): string[] {
  const has = (value: unknown, depth = 0): boolean =>
    typeof value === "string"
      ? value.includes("\u0000")
      : depth < 5 && value !== null && typeof value === "object"
        ? Object.values(value as Record<string, unknown>).some((inner) => has(inner, depth + 1))
        : false;
  if (typeof input === "string") return has(input) ? ["_form"] : [];
  if (input === null || typeof input !== "object") return [];
  return Object.entries(input as Record<string, unknown>)
    .filter(([, value]) => has(value))
    .map(([key]) => key);
}
