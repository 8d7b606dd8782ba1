import synonymData from "@/prisma/data/synonyms.json";
import { skeleton } from "./skeleton";

// Synonym groups as skeletons. Only one-word entries expand a query word; multi-word entries (e.g.
// "жүк ташуучу") still match through their words.
const groups: string[][] = synonymData.groups.map((group) => [
  ...new Set(group.map(skeleton).filter((w) => !w.includes(" "))),
]);
const byWord = new Map<string, string[]>();
for (const group of groups) for (const word of group) byWord.set(word, group);

/** The query word and its synonyms (all as skeletons). */
export function expandWord(word: string): string[] {
  return byWord.get(word) ?? [word];
}

/** Meilisearch's synonym setting: every word maps to the others of its group. */
export function synonymSettings(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of groups) for (const word of group) out[word] = group.filter((w) => w !== word);
  return out;
}
