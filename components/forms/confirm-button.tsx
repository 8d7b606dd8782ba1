"use client";

import type { ReactNode } from "react";

/**
 * A submit button that asks first (the browser's own dialog: keyboard and screen-reader friendly, in the
 * page's words). Without JavaScript the form still posts, and the server still checks everything.
 */
export function ConfirmButton({
  question,
  children,
  className,
}: {
  question: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <button
      type="submit"
      className={className}
      onClick={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
    >
      {children}
    </button>
  );
}
