"use client";

import { useRef, useState, type KeyboardEvent, type ReactNode, type SelectHTMLAttributes } from "react";
import { controlClass, secondaryButtonClass } from "@/components/ui/field";
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
  /**
   * Submit the form when a value is chosen with a tap, a click or Enter; the arrow keys only move through the
   * values (submitting on each would reload the page under the reader: WCAG 3.2.2). A value reached with the
   * keys and not yet submitted shows this Apply button beside the list. Without JavaScript the form needs a
   * button of its own (a <noscript> one).
   */
  autoSubmit?: { apply: string };
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
  const movedByKeys = useRef(false);
  const [unsent, setUnsent] = useState(false);
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
        className={`${controlClass} ${inline ? "w-auto" : ""} ${errors?.length ? "border-red-600" : ""}`}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        onChange={(event) => {
          onChange?.(event);
          if (!autoSubmit) return;
          if (movedByKeys.current) setUnsent(true);
          else event.currentTarget.form?.requestSubmit();
          movedByKeys.current = false;
        }}
        onKeyDown={autoSubmit ? (event) => onAutoSubmitKey(event, movedByKeys) : undefined}
        onPointerDown={autoSubmit ? () => (movedByKeys.current = false) : undefined}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      {autoSubmit && unsent && (
        <button type="submit" className={secondaryButtonClass}>
          {autoSubmit.apply}
        </button>
      )}
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={`${selectId}-error`} errors={errors} />
    </div>
  );
}

/** Keys that move a closed list's value without choosing it (Space, Alt+↓ and F4 open the list instead). */
const movingKeys = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);

function onAutoSubmitKey(event: KeyboardEvent<HTMLSelectElement>, movedByKeys: { current: boolean }) {
  if (event.key === "Enter") {
    event.preventDefault();
    movedByKeys.current = false;
    event.currentTarget.form?.requestSubmit();
  } else if (!event.altKey && (movingKeys.has(event.key) || (event.key.length === 1 && event.key !== " "))) {
    movedByKeys.current = true; // arrows, and letters that jump to a value
  }
}
