import "server-only";
import { isAppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";
import type { FormState } from "./field-errors";

/**
 * Turns what a use case threw into what the form shows: field errors next to the fields, expected errors
 * as a message in the user's language, anything else logged and shown as a generic message. The typed
 * values go back so nothing is lost.
 */
export function formStateFromError(error: unknown, values: Record<string, unknown>): FormState {
  if (isAppError(error)) {
    if (error.fields && Object.keys(error.fields).length) {
      return {
        status: "error",
        values,
        fieldErrors: error.fields,
        formError: error.code === "invalid" ? "errors.invalid" : `errors.${error.code}`,
      };
    }
    return { status: "error", values, formError: `errors.${error.code}` };
  }
  logger.error("form action failed", { err: error });
  return { status: "error", values, formError: "errors.unexpected" };
}

/** Next's redirect() and notFound() work by throwing: let those through. */
export function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" &&
    (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND")
  );
}
