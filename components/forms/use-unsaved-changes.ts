"use client";

import { useEffect, useMemo, useRef } from "react";

/**
 * Warns before a half-filled form is left: closing or reloading the tab (the browser's own question) and
 * following any link on the page, the language switcher included (our question, in the page's language).
 * Returns the handlers for the form: `onChange` marks it changed, `onSubmit` lets the submission leave.
 */
export function useUnsavedChanges(question: string) {
  const changed = useRef(false);
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!changed.current) return;
      event.preventDefault();
      event.returnValue = ""; // older browsers need it set to show their dialog
    };
    // Capture phase: runs before Next's link handler, so a refused navigation never starts.
    const click = (event: MouseEvent) => {
      if (!changed.current || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // a new tab keeps this one
      const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || link.target === "_blank" || (link.hash && link.pathname === location.pathname)) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      } else changed.current = false;
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [question]);
  return useMemo(
    () => ({
      onChange: () => {
        changed.current = true;
      },
      onSubmitted: () => {
        changed.current = false;
      },
    }),
    [],
  );
}
