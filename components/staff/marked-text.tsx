import type { ReactNode } from "react";
import type { RiskReason } from "@/lib/moderation/risk/score-vacancy";

/** The text with the red-flag excerpts marked, so the moderator sees at once what triggered them. */
export function MarkedText({ text, reasons }: { text: string; reasons: RiskReason[] }) {
  const spans = reasons.filter((r) => r.start !== undefined && r.end !== undefined).sort((a, b) => a.start! - b.start!);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start! < at) continue;
    parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} className="rounded bg-red-100 px-0.5 text-red-950" title={span.category}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end!;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
