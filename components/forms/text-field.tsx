"use client";

import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { controlClass } from "@/components/ui/field";
import { FieldError } from "./field-error";
import { FieldLabel } from "./field-label";

type Common = { name: string; label: string; hint?: ReactNode; errors?: string[] };
type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue"> &
  Common & { multiline?: false; defaultValue?: string | number };
type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "defaultValue"> &
  Common & { multiline: true; defaultValue?: string };

/** A labelled input (or, with `multiline`, a textarea) with its hint and errors next to it. */
export function TextField(props: InputProps | AreaProps) {
  const { name, label, hint, errors, id, className, multiline, ...control } = props;
  const controlId = id ?? `field-${name}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = errors?.length ? `${controlId}-error` : undefined;
  const shared = {
    id: controlId,
    name,
    className: `${controlClass} ${errors?.length ? "border-red-600" : ""}`,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
  };
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`}>
      <FieldLabel htmlFor={controlId} required={control.required}>
        {label}
      </FieldLabel>
      {multiline ? (
        <textarea {...shared} {...(control as TextareaHTMLAttributes<HTMLTextAreaElement>)} />
      ) : (
        <input {...shared} {...(control as InputHTMLAttributes<HTMLInputElement>)} />
      )}
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={`${controlId}-error`} errors={errors} />
    </div>
  );
}
