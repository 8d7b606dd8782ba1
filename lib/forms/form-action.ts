import "server-only";
import { getLocale } from "next-intl/server";
import type { Actor } from "@/lib/access/actor";
import { currentActor } from "@/lib/access/current-actor";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/routing";
import { isAppError } from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";
import { waitParams } from "@/lib/i18n/duration";
import { formValues, type FormState } from "./field-errors";

export type FormActionInput = {
  /** The posted text fields (repeated names as arrays), as use cases take them. */
  values: Record<string, string | string[]>;
  formData: FormData;
  /** The language of the page the form was posted from (read on the server, never from the form). */
  locale: Locale;
  /** The signed-in user, loaded on first call. */
  actor: () => Promise<Actor | null>;
};

type Options = {
  /** Fields never sent back to the browser after an error (passwords). */
  secret?: string[];
};

/**
 * The one shape of a server action behind a form: it calls a use case and returns what the form shows.
 * Expected errors (AppError) become field errors and a message in the user's language, with what was typed
 * kept; redirects and notFound() pass through; anything else is logged and shown as a generic message.
 * The handler may return a state (e.g. a success notice) or nothing (plain success).
 */
export function formAction(handler: (input: FormActionInput) => Promise<FormState | void>, options: Options = {}) {
  return async function action(_previous: FormState, formData: FormData): Promise<FormState> {
    const values = formValues(formData);
    const kept = keepable(values, options.secret ?? []);
    try {
      const requested = await getLocale();
      const locale = isLocale(requested) ? requested : defaultLocale;
      let loaded: Promise<Actor | null> | undefined;
      const actor = () => (loaded ??= currentActor());
      return (await handler({ values, formData, locale, actor })) ?? { status: "success" };
    } catch (error) {
      if (isNavigationSignal(error)) throw error;
      return formStateFromError(error, kept);
    }
  };
}

function keepable(values: Record<string, unknown>, secret: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !secret.includes(key)));
}

/**
 * Turns what a use case threw into what the form shows: field errors next to the fields, expected errors
 * as a message in the user's language, anything else logged and shown as a generic message.
 */
export function formStateFromError(error: unknown, values: Record<string, unknown>): FormState {
  if (isAppError(error)) {
    const hasFields = Boolean(error.fields && Object.keys(error.fields).length);
    if (error.code === "rate_limited" && error.retryAfterSeconds)
      return {
        status: "error",
        values,
        formError: "errors.rate_limited_wait",
        formErrorParams: waitParams(error.retryAfterSeconds),
      };
    return {
      status: "error",
      values,
      fieldErrors: hasFields ? error.fields : undefined,
      formError: `errors.${error.code}`,
    };
  }
  logger.error("form action failed", { err: error });
  return { status: "error", values, formError: "errors.unexpected" };
}

/** Next's redirect() and notFound() work by throwing: let those through. */
function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" &&
    (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "NEXT_NOT_FOUND")
  );
}
