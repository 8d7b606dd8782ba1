"use client";

import type { InputHTMLAttributes, ReactNode } from "react";
import { controlClass } from "@/components/ui/field";
import { FieldError } from "./field-error";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue"> & {
  name: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  defaultValue?: string | number;
};

/** A labelled input with its hint and errors next to it (aria-invalid, aria-describedby). */
export function TextField({ name, label, hint, errors, id, className, ...input }: Props) {
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = errors?.length ? `${inputId}-error` : undefined;
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {label}
        {input.required && (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        )}
      </label>
      <input
        id={inputId}
        name={name}
        className={`${controlClass} ${errors?.length ? "border-red-600" : ""}`}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...input}
      />
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={`${inputId}-error`} errors={errors} />
    </div>
  );
}
