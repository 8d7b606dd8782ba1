import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { RiskReason } from "@/lib/moderation/risk/score-vacancy";

/**
 * The text with the red-flag excerpts marked, so the moderator sees at once what triggered them; each mark
 * names its indicator in words (a tooltip and, for screen readers, the text itself).
 */
export async function MarkedText({ text, reasons }: { text: string; reasons: RiskReason[] }) {
  const t = await getTranslations("staff");
  const spans = reasons.filter((r) => r.start !== undefined && r.end !== undefined).sort((a, b) => a.start! - b.start!);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start! < at) continue;
    const indicator = t.has(`flag.${span.category}` as never) ? t(`flag.${span.category}` as never) : span.category;
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
