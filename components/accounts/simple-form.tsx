"use client";

import { useActionState, useId, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { buttonClass } from "@/components/ui/field";
import {
  acceptInvitationSchema,
  changePasswordSchema,
  inviteMemberSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  signInSchema,
} from "@/lib/accounts/schemas";
import { idleState, type FormState } from "@/lib/forms/field-errors";
import { StatusNotice } from "@/components/ui/status-notice";

// Schemas by name: a server page cannot hand a zod schema to a client component, but it can name one.
const schemas = {
  signIn: signInSchema,
  requestPasswordReset: requestPasswordResetSchema,
  resetPassword: resetPasswordSchema,
  acceptInvitation: acceptInvitationSchema,
  inviteMember: inviteMemberSchema,
  changePassword: changePasswordSchema,
} satisfies Record<string, z.ZodType>;

export type SimpleField = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "tel";
  autoComplete?: string;
  hint?: string;
  defaultValue?: string;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  schema?: keyof typeof schemas;
  fields: SimpleField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  /** Shown instead of the form once the action succeeded (e.g. "we sent you a link"). */
  successMessage?: string;
  footer?: ReactNode;
};

/** The small account forms (sign in, reset, invitation…): labelled fields, checks before sending, errors in place. */
export function SimpleForm({ action, schema, fields, hidden = {}, submitLabel, successMessage, footer }: Props) {
  const t = useTranslations();
  // Two forms on one page (sign in, and resend the confirmation) both have an "email" field: ids per form.
  const formId = useId();
  const [state, formAction, pending] = useActionState(action, idleState);
  const { errors, onSubmit, formRef } = useValidatedForm(state, () => (schema ? schemas[schema] : null));
  const values = (state.values ?? {}) as Record<string, string>;
  const summaryFields = Object.fromEntries(
    fields.map((field) => [field.name, { label: field.label, id: `${formId}-${field.name}` }]),
  );
  if (state.status === "success" && successMessage) {
    return <StatusNotice>{successMessage}</StatusNotice>;
  }
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ErrorSummary state={state} errors={errors} fields={summaryFields} />
      {fields.map((field) => (
        <TextField
          key={field.name}
          id={`${formId}-${field.name}`}
          name={field.name}
          label={field.label}
          type={field.type ?? "text"}
          autoComplete={field.autoComplete}
          hint={field.hint}
          required
          defaultValue={field.type === "password" ? undefined : (values[field.name] ?? field.defaultValue)}
          errors={errors[field.name]}
        />
      ))}
      <button type="submit" className={`${buttonClass} w-full sm:w-auto`} disabled={pending}>
        {submitLabel}
      </button>
      {footer}
      {state.status === "success" && !successMessage && state.formError && (
        <p role="status">{t(state.formError as never)}</p>
      )}
    </form>
  );
}
