import type { ReactNode } from "react";
import { Panel } from "@/components/ui/panel";

/** A confirmation that something worked ("Saved", "Vacancy sent to review"), announced to screen readers. */
export function StatusNotice({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Panel
      as="p"
      tone="success"
      padding="none"
      className="px-4 py-3"
      role="status"

      data-testid={testId}
    >
      {children}
    </Panel>
  );
}
