"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The list of result cards. Each card is a link as a whole through its title link's ::after, which needs no
 * script and keeps one Tab stop per card. On a computer with a mouse this script also lets the card's text be
 * selected (globals.css lifts it above the link layer once `data-selectable-cards` is set): a click on that
 * text that selects nothing is passed on to the title link, with the same modifier keys (Ctrl/⌘: new tab).
 */
export function ResultList({ children }: { children: ReactNode }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    // Only mouse clicks on text that is not a control come here; the card's link is the keyboard's way in.
    element.setAttribute("data-selectable-cards", "");
    element.addEventListener("click", openCard);
    return () => element.removeEventListener("click", openCard);
  }, []);
  return (
    <ol ref={list} className="space-y-3">
      {children}
    </ol>
  );
}

function openCard(event: MouseEvent) {
  const target = event.target as HTMLElement;
  if (target.closest("a, button, input, select, textarea, summary")) return;
  const text = target.closest("[data-card-text]");
  if (!text || window.getSelection()?.toString()) return;
  const link = text.closest("article")?.querySelector<HTMLAnchorElement>("[data-card-link]");
  link?.dispatchEvent(
    new MouseEvent("click", {
      bubbles: true,
      cancelable: true,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
    }),
  );
}
