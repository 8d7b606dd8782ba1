"use client";

import { type FormEvent, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { fieldErrorsOf, formValues, type FieldErrors, type FormState } from "@/lib/forms/field-errors";
import { errorSummaryAttribute, focusControl, focusableControl } from "./focus-control";

/**
 * Runs the form's zod schema in the browser before the action is sent (the server runs it again).
 * Errors from the server replace the browser's when a response arrives. `schemaFor` may pick a schema by
 * the button pressed (e.g. save draft vs submit).
 *
 * After every failed submission (the browser's check or the server's answer) focus goes to the first invalid
 * field in the order of the page, not of the schema; with only a form-level error, to the error summary.
 * Give the form `ref={formRef}`.
 */
export function useValidatedForm(state: FormState, schemaFor: (submitter: string | null) => z.ZodType | null) {
  const [errors, setErrors] = useState<FieldErrors>(state.fieldErrors ?? {});
  // The last failed submission (a new object each time): focus moves after the render that shows its errors.
  const [failure, setFailure] = useState<{ errors: FieldErrors } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const submitted = useRef<HTMLFormElement | null>(null);
  // A new answer from the server replaces the browser's errors (set during render, as React recommends).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setErrors(state.fieldErrors ?? {});
    if (state.status === "error") setFailure({ errors: state.fieldErrors ?? {} });
  }

  useEffect(() => {
    if (!failure) return;
    // The ref follows a form that was mounted again (a key that changes with the answer).
    const form = formRef.current ?? submitted.current;
    if (!form?.isConnected) return;
    const control = firstInvalidControl(form, failure.errors);
    if (control) focusControl(control);
    else form.querySelector<HTMLElement>(`[${errorSummaryAttribute}]`)?.focus();
  }, [failure]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    submitted.current = form;
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
    setFailure({ errors: found });
  }

  return { errors, onSubmit, errorCount: Object.keys(errors).length, formRef };
}

/** The first control, in the order of the page, whose field has an error (a hidden input never: its stand-in). */
function firstInvalidControl(form: HTMLFormElement, errors: FieldErrors): HTMLElement | null {
  const names = new Set(Object.keys(errors));
  if (names.size === 0) return null;
  for (const element of Array.from(form.elements)) {
    const control = focusableControl(element);
    if (control && names.has(control.field)) return control.element;
  }
  return null;
}
