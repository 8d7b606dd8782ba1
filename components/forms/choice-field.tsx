"use client";

import type { ReactNode, SelectHTMLAttributes } from "react";
import { controlClass } from "@/components/ui/field";
import { FieldError } from "./field-error";

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & {
  name: string;
  label: string;
  options: readonly (readonly [value: string, label: string])[];
  /** Text of the empty first option; omit to force a choice from the list. */
  placeholder?: string;
  hint?: ReactNode;
  errors?: string[];
};

export function ChoiceField({ name, label, options, placeholder, hint, errors, id, className, ...select }: Props) {
  const selectId = id ?? `field-${name}`;
  const errorId = errors?.length ? `${selectId}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={selectId} className="text-sm font-medium text-slate-800">
        {label}
        {select.required && (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        )}
      </label>
      <select
        id={selectId}
        name={name}
        className={`${controlClass} ${errors?.length ? "border-red-600" : ""}`}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errorId}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {hint && <p className="text-xs text-slate-600">{hint}</p>}
      <FieldError id={`${selectId}-error`} errors={errors} />
    </div>
  );
}
