import type { ReactNode } from "react";

/** A confirmation that something worked ("Saved", "Vacancy sent to review"), announced to screen readers. */
export function StatusNotice({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p
      role="status"
      className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900"
      data-testid={testId}
    >
      {children}
    </p>
  );
}
