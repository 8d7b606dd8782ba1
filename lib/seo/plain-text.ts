// Plain text written by employers, made fit for structured data and meta tags.

const htmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML: an employer's "<b>" stays the four characters it was typed as. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEscapes[c]!);
}

/**
 * A plain-text description as the simple HTML that JobPosting.description expects (Google reads it as HTML):
 * paragraphs at blank lines, line breaks kept, everything else escaped.
 */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/** Collapses every run of whitespace (newlines, tabs) to one space: a meta description is one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The first sentence of a text (up to ". ", "! ", "? " or a line end), on one line. */
export function firstSentence(text: string): string {
  const firstLine = text.trim().split(/\n/)[0] ?? "";
  const match = /^.+?[.!?…](?=\s|$)/u.exec(firstLine.trim());
  return oneLine(match ? match[0] : firstLine);
}

/** Cuts text to at most `max` characters at a word boundary, with "…" when something was cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const atWord = cut.replace(/\s+\S*$/u, "");
  return `${(atWord.length >= max / 2 ? atWord : cut).replace(/[\s,;:·–—-]+$/u, "")}…`;
}
