"use client";

import { useActionState, type ReactNode } from "react";
import type { z } from "zod";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { buttonClass } from "@/components/ui/field";
import { idleState, type FormState } from "@/lib/forms/field-errors";
import { organizationContactsSchema, organizationLegalSchema } from "@/lib/organizations/schemas";

// Schemas by name: a server page cannot hand a zod schema to a client component, but it can name one.
const schemas = { contacts: organizationContactsSchema, legal: organizationLegalSchema } satisfies Record<
  string,
  z.ZodType
>;

export type OrganizationField = {
  name: string;
  label: string;
  defaultValue: string;
  type?: "text" | "email" | "tel" | "url";
  multiline?: boolean;
  required?: boolean;
  autoComplete?: string;
  hint?: string;
  maxLength?: number;
};

/** One part of the organisation's profile: labelled fields, checks before sending, errors next to each field. */
export function OrganizationForm({
  action,
  schema,
  fields,
  submitLabel,
  before,
  testId,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  schema: keyof typeof schemas;
  fields: OrganizationField[];
  submitLabel: string;
  /** Shown above the button (e.g. what a change of legal details will do). */
  before?: ReactNode;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const { errors, onSubmit, errorCount } = useValidatedForm(state, () => schemas[schema]);
  const typed = (state.status === "error" ? state.values : undefined) as Record<string, string> | undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-4" data-testid={testId}>
      <FormMessage state={state} fieldErrorCount={errorCount} />
      {fields.map((field) => (
        <TextField
          key={field.name}
          id={`${schema}-${field.name}`}
          name={field.name}
          label={field.label}
          hint={field.hint}
          required={field.required}
          autoComplete={field.autoComplete}
          maxLength={field.maxLength}
          errors={errors[field.name]}
          {...(field.multiline
            ? { multiline: true as const, rows: 6, defaultValue: typed?.[field.name] ?? field.defaultValue }
            : { type: field.type ?? "text", defaultValue: typed?.[field.name] ?? field.defaultValue })}
        />
      ))}
      {before}
      <button type="submit" className={buttonClass} disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
