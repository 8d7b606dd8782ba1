import type { ReactNode } from "react";

/** A field's label, with the required mark that screen readers skip (the control itself says "required"). */
export function FieldLabel({
  htmlFor,
  id,
  required,
  children,
}: {
  htmlFor: string;
  /** For a control that names something else by its label too (a combobox's list: aria-labelledby). */
  id?: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <label htmlFor={htmlFor} id={id} className="text-sm font-medium text-slate-800">
      {children}
      {required && (
        <span className="text-red-700" aria-hidden="true">
          {" "}
          *
        </span>
      )}
    </label>
  );
}
