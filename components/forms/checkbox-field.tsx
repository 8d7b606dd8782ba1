"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldError } from "./field-error";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type"> & {
  name: string;
  label: ReactNode;
  errors?: string[];
};

/** A checkbox with its label beside it (the whole line is the tap target) and its errors below. */
export function CheckboxField({ name, label, errors, id, className, ...input }: Props) {
  const inputId = id ?? `field-${name}${input.value !== undefined ? `-${String(input.value)}` : ""}`;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={inputId} className="flex min-h-11 items-start gap-2 py-2 text-slate-800">
        <input
          id={inputId}
          type="checkbox"
          name={name}
          className="mt-0.5 h-5 w-5 shrink-0"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errorId}
          {...input}
        />
        <span>{label}</span>
      </label>
      <FieldError id={`${inputId}-error`} errors={errors} />
    </div>
  );
}
