import type { ReactNode } from "react";
import type { RiskReason } from "@/lib/moderation/risk/score-vacancy";

/**
 * The text with the red-flag excerpts marked, so the moderator sees at once what triggered them; each mark
 * names its indicator in words (`labels`: category → its name in the UI language), as a tooltip and, for
 * screen readers, as text. Plain (no hooks): the review page and the rules page's trial both render it.
 */
export function MarkedText({
  text,
  reasons,
  labels,
}: {
  text: string;
  reasons: Pick<RiskReason, "category" | "start" | "end">[];
  labels: Record<string, string>;
}) {
  const spans = reasons.filter((r) => r.start !== undefined && r.end !== undefined).sort((a, b) => a.start! - b.start!);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start! < at) continue;
    const indicator = labels[span.category] ?? span.category;
    parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} className="rounded bg-red-100 px-0.5 text-red-950" title={indicator}>
        {text.slice(span.start, span.end)}
        <span className="sr-only"> ({indicator})</span>
      </mark>,
    );
    at = span.end!;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
