"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { idleState, type FormState } from "@/lib/forms/field-errors";

/**
 * A back-office form posting to a server action: the server's field errors appear next to the fields and
 * focus goes to the first of them (or to the summary). Sent without React's reset of the form, so what the
 * administrator typed stays (a sample text, an edited pattern). Without JavaScript the form posts as usual.
 */
export function useStaffForm<S extends FormState>(action: (state: Awaited<S>, data: FormData) => Promise<S>) {
  const [state, dispatch, pending] = useActionState<S, FormData>(action, idleState as Awaited<S>);
  const { errors, onSubmit: check, formRef } = useValidatedForm(state, () => null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    check(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }
  return { state, errors, pending, form: { ref: formRef, action: dispatch, onSubmit, noValidate: true } };
}

/**
 * Whether a <details> holding a field with an error should be open: once opened for an error it stays open
 * (React would otherwise drop the attribute and fold it away under the administrator once the error is fixed).
 */
export function useOpenOnError(hasError: boolean): true | undefined {
  const [opened, setOpened] = useState(false);
  if (hasError && !opened) setOpened(true);
  return opened || hasError ? true : undefined;
}
