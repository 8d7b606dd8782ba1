import type { z } from "zod";
import type { FieldErrors } from "@/lib/server/errors";

/**
 * Field errors as message keys (`validation.*` in messages/*.json), so the same schema gives errors in
 * the user's language on the client and on the server. Nested paths are joined with dots.
 */
export type { FieldErrors };

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form";
    const key = issue.message.startsWith("validation.") ? issue.message : "validation.invalid";
    const keys = (out[path] ??= []);
    if (!keys.includes(key)) keys.push(key);
  }
  return out;
}

/** The state a form action returns: what was typed (to keep it on error) and what is wrong. */
export type FormState<Values = Record<string, unknown>> = {
  status: "idle" | "error" | "success";
  values?: Partial<Values>;
  fieldErrors?: FieldErrors;
  /** A message key for the whole form (errors.* or a form-specific key). */
  formError?: string;
  /** Parameters for formError (e.g. retryAfterMinutes). */
  formErrorParams?: Record<string, string | number>;
};

export const idleState: FormState = { status: "idle" };

/** The text fields of a FormData, for validation and for re-filling the form after an error. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const existing = out[key];
    if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/**
 * An error that needs values in its text ("plausible from {min} to {max}") travels as one string:
 * the message key, then "?" and the values as URL parameters. Keys without values stay plain keys.
 */
export function errorWithValues(key: string, values: Record<string, string | number>): string {
  return `${key}?${new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)])).toString()}`;
}

/** The message key and its values (numbers as numbers, for ICU number formatting). */
export function readError(entry: string): { key: string; values: Record<string, string | number> } {
  const [key = entry, query] = entry.split("?", 2);
  if (!query) return { key, values: {} };
  const values: Record<string, string | number> = {};
  for (const [name, value] of new URLSearchParams(query))
    values[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  return { key, values };
}
