import { skeleton, skeletonWords } from "./skeleton";
import { expandWord } from "./synonyms";

export type Segment = { text: string; match: boolean };

/**
 * Splits a title into plain and matching parts for display: a word matches when its skeleton starts
 * with a query word (or one of its synonyms), or is one letter away from it (typos), whatever the script.
 */
export function highlight(title: string, query: string | undefined): Segment[] {
  const words = skeletonWords(query ?? "").flatMap(expandWord);
  if (words.length === 0) return [{ text: title, match: false }];
  const parts = title.split(/(\p{L}[\p{L}\p{N}'’-]*)/u).filter((p) => p !== "");
  const segments: Segment[] = [];
  for (const part of parts) {
    const sk = skeleton(part);
    const match =
      sk.length > 0 &&
      words.some((w) => sk.startsWith(w) || (w.length >= 4 && withinOneEdit(sk.slice(0, w.length + 1), w)));
    const last = segments.at(-1);
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  }
  return segments;
}

/** True when a and b differ by at most one insertion, deletion or substitution (prefix-friendly). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (a.length < b.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1 || (edits === 0 && a.startsWith(b));
}
