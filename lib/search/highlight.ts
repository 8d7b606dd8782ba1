import type { QueryTerm } from "./query-terms";
import { skeleton } from "./skeleton";
import { wordForms } from "./word-forms";

export type Segment = { text: string; match: boolean };

/** The tests a shown word passes when it matches one of the query's alternatives (as search matched it). */
function matcher(terms: QueryTerm[]): (word: string) => boolean {
  const words = [...new Set(terms.flatMap((t) => t.alternatives.flatMap((a) => a.words)))];
  const tests = words.map((w) => {
    const { russian, russianSkeleton, turkic } = wordForms(w);
    return (sk: string) =>
      (w.length >= 4 ? sk.startsWith(w) : sk === w) ||
      (russian.length >= 3 && wordForms(sk).russian === russian) ||
      (turkic.length >= 4 && turkic !== w && sk.startsWith(turkic)) ||
      (russianSkeleton.length >= 4 && russianSkeleton !== w && sk.startsWith(russianSkeleton));
  });
  return (sk) => sk.length > 0 && tests.some((test) => test(sk));
}

/** Splits a text into plain and matching parts for display, whatever script it or the query was written in. */
export function highlight(text: string, terms: QueryTerm[]): Segment[] {
  if (terms.length === 0) return [{ text, match: false }];
  const matches = matcher(terms);
  const segments: Segment[] = [];
  for (const part of text.split(/(\p{L}[\p{L}\p{N}'’-]*)/u).filter((p) => p !== "")) {
    const match = matches(skeleton(part));
    const last = segments.at(-1);
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  }
  return segments;
}

/**
 * A short passage of a description around the first word that matches (about `length` characters, cut at
 * word boundaries), highlighted; null when nothing in the description matches.
 */
export function snippet(description: string, terms: QueryTerm[], length = 180): Segment[] | null {
  if (terms.length === 0) return null;
  const matches = matcher(terms);
  const words = [...description.matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)];
  const first = words.find((m) => matches(skeleton(m[0])));
  if (!first) return null;
  const at = first.index!;
  let start = Math.max(0, at - Math.floor(length / 3));
  let end = Math.min(description.length, start + length);
  if (start > 0) start = description.indexOf(" ", start) + 1 || start;
  if (end < description.length) end = description.lastIndexOf(" ", end) > at ? description.lastIndexOf(" ", end) : end;
  const passage = description.slice(start, end).replace(/\s+/g, " ").trim();
  const segments = highlight(passage, terms);
  if (start > 0) segments.unshift({ text: "… ", match: false });
  if (end < description.length) segments.push({ text: " …", match: false });
  return segments;
}
