import type { ReactNode } from "react";

/** A labelled form control; `htmlFor` ties the label to the control for screen readers and taps. */
export function Field({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={htmlFor} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}

// Controls: a slate-500 border (4.8:1 on white, WCAG 1.4.11 asks 3:1); on focus a brand-600 border and ring,
// and the global :focus-visible outline (globals.css) is left alone, so keyboard focus is always visible.
// Controls and buttons are at least 44 px tall: a thumb on a small phone screen.
export const controlClass =
  "min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 aria-invalid:border-red-600";
export const buttonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-base font-semibold text-white shadow-sm hover:bg-brand-700";
export const secondaryButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-500 bg-white px-4 py-2 text-base font-medium text-slate-800 hover:bg-slate-50";
/** For decisions that take something away (reject, block): outlined in red, never the primary button. */
export const dangerButtonClass = secondaryButtonClass
  .replace("border-slate-500", "border-red-400")
  .replace("text-slate-800", "text-red-800");
