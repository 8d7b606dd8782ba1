import "server-only";
import { db } from "@/lib/server/db";
import { skeletonWords } from "./skeleton";
import { expandWord } from "./synonyms";

// Spelling correction, shared by both engines: a query word that starts no word of the index (and is
// not a known synonym) is replaced by the indexed words closest to it: one edit for 4–8 letters, two
// from 9 (as Meilisearch counts typos). Known words are never "corrected", so "повар" does not also
// find "поверхностей". The dictionary is SearchWord, kept with the PostgreSQL index.

const maxWords = 6;

/** Alternatives for each query word: the word (or its corrections) and their synonyms, as skeletons. */
export type QueryTerms = { terms: string[][]; corrected: Record<string, string> };

export async function queryTerms(q: string | undefined): Promise<QueryTerms> {
  const words = skeletonWords(q ?? "").slice(0, maxWords);
  if (words.length === 0) return { terms: [], corrected: {} };
  const unknown = words.filter((w) => w.length >= 4 && expandWord(w).length === 1);
  const corrections = new Map<string, string[]>();
  if (unknown.length) {
    const rows = await db.$queryRaw<{ w: string; word: string }[]>`
      SELECT q.w, c.word FROM unnest(${unknown}::text[]) AS q(w)
      CROSS JOIN LATERAL (
        SELECT word FROM "SearchWord"
        WHERE word % q.w AND levenshtein(left(word, length(q.w)), q.w) <= CASE WHEN length(q.w) >= 9 THEN 2 ELSE 1 END
        ORDER BY levenshtein(left(word, length(q.w)), q.w), levenshtein(word, q.w), word LIMIT 3
      ) c
      WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" WHERE word LIKE q.w || '%')`;
    for (const row of rows) corrections.set(row.w, [...(corrections.get(row.w) ?? []), row.word]);
  }
  const corrected: Record<string, string> = {};
  const terms = words.map((word) => {
    const replacements = corrections.get(word);
    if (!replacements) return expandWord(word);
    corrected[word] = replacements[0]!;
    return [...new Set(replacements.flatMap(expandWord))];
  });
  return { terms, corrected };
}
