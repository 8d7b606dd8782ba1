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

export const controlClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-invalid:border-red-600";
export const buttonClass =
  "inline-flex items-center justify-center rounded-md bg-brand-600 px-4 py-2 text-base font-semibold text-white shadow-sm hover:bg-brand-700 focus-visible:outline-2";
export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-base font-medium text-slate-800 hover:bg-slate-50";
/** For decisions that take something away (reject, block): outlined in red, never the primary button. */
export const dangerButtonClass = `${secondaryButtonClass} border-red-400 text-red-800`;
