import "server-only";
import { db } from "@/lib/server/db";
import { contentWords } from "./stop-words";
import { synonymsAt } from "./synonyms";
import { wordForms } from "./word-forms";

// What a query asks for, prepared once and handed to either engine: each term (a typed word, or a typed
// phrase that is a synonym entry) with its alternatives, in the order they count for ranking:
//   typed       the words as typed (matched as typed, by their beginning, and through their stems)
//   synonym     the other entries of the term's synonym groups (single words and phrases)
//   correction  for a word the index does not know in any form: the closest indexed words (edit distance on
//               whole words: one edit for 4–6 letters, two from 7), and their synonyms.
// A word that matches by its beginning, its stem or a synonym is never "corrected".

export type AlternativeKind = "typed" | "synonym" | "correction";
export type Alternative = { words: string[]; kind: AlternativeKind };
/**
 * A term of the query. `optional` terms only add to the score (the words of a phrase that matched as a
 * whole); every other term must match. A word the index knows in no form and cannot correct is left out
 * of the terms and reported in `ignored`, so one unknown word ("ищу") does not empty the result.
 */
export type QueryTerm = {
  typed: string[];
  alternatives: Alternative[];
  /** ISCO-08 unit groups one of whose everyday names the term is (matches those vacancies by occupation). */
  occupations: string[];
  optional?: boolean;
  /**
   * For the words of a phrase found as a whole: that phrase's term. A vacancy that has all the words but
   * not the phrase (nor its synonyms) still matches ("construction" + "worker" without "construction worker").
   */
  wordOf?: number;
};
export type QueryTerms = { terms: QueryTerm[]; corrected: Record<string, string>; ignored: string[] };

const maxWords = 6;
const cacheMs = 60_000;
const cache = new Map<string, { at: number; value: Promise<QueryTerms> }>();

/** The terms of a query; the same query within a minute is answered from memory (the index changes slowly). */
export function queryTerms(q: string | undefined): Promise<QueryTerms> {
  const key = contentWords(q ?? "")
    .slice(0, maxWords)
    .join(" ");
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && now - hit.at < cacheMs) return hit.value;
  const value = analyse(key).catch((error) => {
    cache.delete(key);
    throw error;
  });
  if (cache.size >= 2_000) cache.delete(cache.keys().next().value!);
  cache.set(key, { at: now, value });
  return value;
}

async function analyse(text: string): Promise<QueryTerms> {
  const words = text ? text.split(" ") : [];
  if (words.length === 0) return { terms: [], corrected: {}, ignored: [] };
  const forms = words.map(wordForms);
  const terms: QueryTerm[] = [];
  for (let i = 0; i < words.length;) {
    const synonyms = synonymsAt(forms, i);
    const length = synonyms?.length ?? 1;
    const typed = words.slice(i, i + length);
    const others = (synonyms?.entries ?? [])
      .filter((e) => e.words.join(" ") !== typed.join(" "))
      .map((e) => ({ words: e.words, kind: "synonym" as const }));
    terms.push({
      typed,
      alternatives: [{ words: typed, kind: "typed" }, ...others],
      occupations: synonyms?.occupations ?? [],
    });
    // A phrase found as a whole: its words still say something on their own ("warehouse" of "warehouse worker").
    const phraseIndex = terms.length - 1;
    if (length > 1) {
      for (const word of typed) {
        const own = synonymsAt([wordForms(word)], 0);
        const alternatives = [
          { words: [word], kind: "typed" as const },
          ...(own?.entries ?? []).map((e) => ({ words: e.words, kind: "synonym" as const })),
        ];
        terms.push({
          typed: [word],
          alternatives,
          occupations: own?.occupations ?? [],
          optional: true,
          wordOf: phraseIndex,
        });
      }
    }
    i += length;
  }
  const corrected: Record<string, string> = {};
  const lone = terms.filter((t) => !t.optional && t.typed.length === 1 && t.alternatives.length === 1);
  const unknown = await unknownWords(lone.map((t) => t.typed[0]!));
  if (unknown.length === 0) return { terms, corrected, ignored: [] };
  const corrections = await closestWords(unknown.filter((w) => w.length >= 4));
  const ignored: string[] = [];
  for (const term of lone) {
    const word = term.typed[0]!;
    if (!unknown.includes(word)) continue;
    const replacements = corrections.get(word);
    if (!replacements) {
      ignored.push(word);
      continue;
    }
    corrected[word] = replacements[0]!;
    for (const replacement of replacements) {
      term.alternatives.push({ words: [replacement], kind: "correction" });
      const synonyms = synonymsAt([wordForms(replacement)], 0);
      term.occupations.push(...(synonyms?.occupations ?? []));
      for (const e of synonyms?.entries ?? []) {
        if (e.words.join(" ") !== replacement) term.alternatives.push({ words: e.words, kind: "correction" });
      }
    }
  }
  // Nothing of the query is known: keep the terms, so the (empty) result says so honestly.
  if (ignored.length === lone.length && lone.length === terms.filter((t) => !t.optional).length) {
    return { terms, corrected, ignored: [] };
  }
  const kept = terms.filter((t) => !(t.typed.length === 1 && ignored.includes(t.typed[0]!) && !t.optional));
  return { terms: kept, corrected, ignored };
}

/**
 * The words the index knows in no form: not an indexed word or (from four letters) the beginning of one,
 * no indexed stem. Short words count only whole, as they are matched.
 */
async function unknownWords(words: string[]): Promise<string[]> {
  if (words.length === 0) return [];
  const russian = words.map((w) => wordForms(w).russian);
  const stemPrefixes = words.map((w) => {
    const { turkic, russianSkeleton } = wordForms(w);
    return turkic !== w ? turkic : russianSkeleton;
  });
  const rows = await db.$queryRaw<{ w: string }[]>`
    SELECT q.w FROM unnest(${words}::text[], ${russian}::text[], ${stemPrefixes}::text[]) AS q(w, r, t)
    WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" WHERE CASE WHEN length(q.w) >= 4 THEN word LIKE q.w || '%' ELSE word = q.w END)
      AND NOT (length(q.t) >= 4 AND EXISTS (SELECT 1 FROM "SearchWord" WHERE word LIKE q.t || '%'))
      AND NOT EXISTS (SELECT 1 FROM "VacancySearch" WHERE stems @@ plainto_tsquery('simple', q.r))`;
  return rows.map((r) => r.w);
}

/** Up to three indexed words closest to each unknown word, closest first. */
async function closestWords(words: string[]): Promise<Map<string, string[]>> {
  const rows = await db.$queryRaw<{ w: string; word: string }[]>`
    SELECT q.w, c.word FROM unnest(${words}::text[]) AS q(w)
    CROSS JOIN LATERAL (
      SELECT word, least(levenshtein(word, q.w), levenshtein(left(word, length(q.w)), q.w)) AS distance
      FROM "SearchWord" WHERE word % q.w
      ORDER BY 2, levenshtein(word, q.w), word LIMIT 3
    ) c
    WHERE c.distance <= CASE WHEN length(q.w) >= 7 THEN 2 ELSE 1 END
    ORDER BY q.w, c.distance, levenshtein(c.word, q.w), c.word`;
  const out = new Map<string, string[]>();
  for (const row of rows) out.set(row.w, [...(out.get(row.w) ?? []), row.word]);
  return out;
}
