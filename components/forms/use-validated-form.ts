"use client";

import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { fieldErrorsOf, formValues, type FieldErrors, type FormState } from "@/lib/forms/field-errors";

/**
 * Runs the form's zod schema in the browser before the action is sent (the server runs it again).
 * Errors from the server replace the browser's when a response arrives. `schemaFor` may pick a schema by
 * the button pressed (e.g. save draft vs submit).
 */
export function useValidatedForm(state: FormState, schemaFor: (submitter: string | null) => z.ZodType | null) {
  const [errors, setErrors] = useState<FieldErrors>(state.fieldErrors ?? {});
  // A new answer from the server replaces the browser's errors (set during render, as React recommends).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setErrors(state.fieldErrors ?? {});
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const schema = schemaFor(submitter?.value ?? null);
    if (!schema) return;
    const result = schema.safeParse(formValues(new FormData(form, submitter)));
    if (result.success) {
      setErrors({});
      return;
    }
    event.preventDefault();
    const found = fieldErrorsOf(result.error);
    setErrors(found);
    const first = Object.keys(found)[0];
    requestAnimationFrame(() => (form.querySelector(`[name="${first}"]`) as HTMLElement | null)?.focus());
  }

  return { errors, onSubmit, errorCount: Object.keys(errors).length };
}
