"use client";

import type { ReactNode, SelectHTMLAttributes } from "react";
import { controlClass } from "@/components/ui/field";
import { FieldError } from "./field-error";
import { FieldLabel } from "./field-label";

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
  name: string;
  label: string;
  options: readonly (readonly [value: string, label: string])[];
  /** Text of the empty first option ("any", "choose…"); omit to force a choice from the list. */
  placeholder?: string;
  hint?: ReactNode;
  errors?: string[];
  /** Submit the form as soon as a value is chosen (filters and sorting; the form also has a button). */
  autoSubmit?: boolean;
  /** Label beside the control (a compact toolbar) instead of above it. */
  inline?: boolean;
};

/** The one labelled native <select>: works without JavaScript and uses the phone's own picker. */
export function SelectField({
  name,
  label,
  options,
  placeholder,
  hint,
  errors,
  autoSubmit,
  inline,
  id,
  className,
  onChange,
  ...select
}: Props) {
  const selectId = id ?? `field-${name}`;
  const hintId = hint ? `${selectId}-hint` : undefined;
  const errorId = errors?.length ? `${selectId}-error` : undefined;
  return (
    <div className={`flex gap-1 ${inline ? "items-center gap-2" : "flex-col"} ${className ?? ""}`}>
      <FieldLabel htmlFor={selectId} required={select.required}>
        {label}
      </FieldLabel>
      <select
        id={selectId}
        name={name}
        className={`${controlClass} ${inline ? "w-auto py-1" : ""} ${errors?.length ? "border-red-600" : ""}`}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        onChange={(event) => {
          onChange?.(event);
          if (autoSubmit) event.currentTarget.form?.requestSubmit();
        }}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={`${selectId}-error`} errors={errors} />
    </div>
  );
}
