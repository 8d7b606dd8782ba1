import type { z } from "zod";
import { AppError } from "@/lib/server/errors";

/**
 * The query of an API request, read with its schema. Not `parseInput`: a form shows message keys in the
 * user's language, while a program's developer needs zod's exact reason per parameter ("Too big: expected
 * number to be <=100"), in English, in the error body's `details`.
 */
export function parseApiQuery<T extends z.ZodType>(schema: T, searchParams: URLSearchParams): z.output<T> {
  const input: Record<string, string> = {};
  const problems: Record<string, string[]> = {};
  for (const [key, value] of searchParams) {
    if (key in input) problems[key] = ["Given more than once."];
    // eslint-disable-next-line no-control-regex -- control characters are never part of a parameter
    else if (/[\u0000-\u001f\u007f]/.test(value)) problems[key] = ["Contains control characters."];
    else input[key] = value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const keys = issue.code === "unrecognized_keys" ? issue.keys : [issue.path.join(".") || "query"];
      for (const key of keys)
        (problems[key] ??= []).push(issue.code === "unrecognized_keys" ? "Unknown parameter." : issue.message);
    }
  }
  if (Object.keys(problems).length > 0) throw new AppError("invalid", "invalid parameters", { fields: problems });
  return parsed.data as z.output<T>;
}
