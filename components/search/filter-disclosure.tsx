"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The filters' <details>. It comes closed, so that on a phone the result count and the first results are on
 * the first screen after filters are applied; where the filters are a side column (wide screens), the
 * script opens it. Without JavaScript it stays closed until tapped.
 */
export function FilterDisclosure({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current && window.matchMedia("(min-width: 64rem)").matches) details.current.open = true;
  }, []);
  return (
    <details ref={details} className="group" data-testid="filter-panel">
      {summary}
      {children}
    </details>
  );
}
