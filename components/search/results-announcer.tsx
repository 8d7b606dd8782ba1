"use client";

import { useEffect, useState } from "react";

/**
 * A polite live region for the result count. A search that loads a new page is read from its heading; this
 * says the new count when the results change without a page load (a chip removed, another page, a relaxed
 * filter), and brings keyboard focus back to the results' heading when the control that was used is gone
 * or was the paging. Silent on the first render, where the heading says the same.
 */
export function ResultsAnnouncer({ text, headingId }: { text: string; headingId: string }) {
  const [previous, setPrevious] = useState(text);
  const [said, setSaid] = useState("");
  if (text !== previous) {
    setPrevious(text);
    setSaid(text);
  }
  useEffect(() => {
    if (!said) return;
    const focused = document.activeElement;
    if (!focused || focused === document.body || focused.closest("[data-results-paging]"))
      document.getElementById(headingId)?.focus({ preventScroll: true });
  }, [said, headingId]);
  return (
    <p role="status" className="sr-only" data-testid="results-announcement">
      {said}
    </p>
  );
}
