// Features of a vacancy text for the learned risk model: the stem of every word (Russian Snowball stem or
// Turkic suffix stripping over the skeleton, so "паспорт", "паспорта" and "pasportun" meet) and every pair of
// neighbouring stems ("short phrases"). The input is capped in length and in words, so a hostile text costs
// at most a few thousand cheap steps; every feature keeps where it was found, for the moderator's marks.
// The concepts of the rules' lexicon are features too (decision 0027).
import { shippedConcepts } from "../concept-lexicon";
import { conceptPlaces, tokenize } from "../concept-rules";
import { skeleton } from "@/lib/search/skeleton";
import { searchKey } from "@/lib/search/word-forms";

/** At most this many characters of the text are read (the rest cannot change the score). */
export const maxTextLength = 4000;
/** At most this many words are read. */
export const maxWords = 600;
/** Words longer than this are not words (a hostile run of letters): they are skipped. */
const maxWordLength = 40;

export type FeatureHit = { feature: string; start: number; end: number };

// Stems of the words met so far, per process (bounded): most words of a vacancy are common ones.
const stems = new Map<string, string | null>();

/** The stem of a word as typed ("#" for a number), or null for what is not a word (one letter). */
function stemOf(typed: string): string | null {
  let stem = stems.get(typed);
  if (stem === undefined) {
    const word = skeleton(typed);
    stem = !word || word.length < 2 ? null : /^\d+$/.test(word) ? "#" : searchKey(word);
    if (stems.size > 50_000) stems.clear();
    stems.set(typed, stem);
  }
  return stem;
}

/** The stems of the text's words with their places (in the original text), letters and digits only. */
function* words(text: string): Generator<{ stem: string; start: number; end: number }> {
  const pattern = /[\p{L}\p{N}]+/gu;
  let count = 0;
  for (const match of text.slice(0, maxTextLength).matchAll(pattern)) {
    if (match[0].length > maxWordLength) continue;
    const stem = stemOf(match[0]);
    if (stem === null) continue;
    yield { stem, start: match.index, end: match.index + match[0].length };
    if (++count >= maxWords) return;
  }
}

/**
 * Every feature occurrence of the text: "w:<stem>" for a word, "p:<stem>_<stem>" for two neighbours, "c:<concept>"
 * for a concept of the red-flag lexicon.
 */
export function featureHits(text: string): FeatureHit[] {
  const hits: FeatureHit[] = [];
  let previous: { stem: string; start: number } | null = null;
  // Numbers count as one feature "#" (amounts differ, "a number here" does not)
  for (const { stem, start, end } of words(text)) {
    hits.push({ feature: `w:${stem}`, start, end });
    if (previous) hits.push({ feature: `p:${previous.stem}_${stem}`, start: previous.start, end });
    previous = { stem, start };
  }
  // Concepts of the red-flag lexicon (risk-concepts.json: "passport", "kept by the employer", "only on Sundays"
  // ...) in any of the three languages and word forms, unless negated: one feature per concept, so what the
  // model learns of a concept from Russian texts also counts for a Kyrgyz or Kazakh paraphrase of it.
  const tokens = tokenize(text.slice(0, maxTextLength), maxTextLength);
  for (const [concept, places] of conceptPlaces(shippedConcepts, tokens))
    for (const place of places)
      hits.push({ feature: `c:${concept}`, start: tokens[place.first]!.start, end: tokens[place.last]!.end });
  return hits;
}

/** The distinct features of a text (presence, not counts: a word said twice is not twice as risky). */
export function featureSet(text: string): Set<string> {
  return new Set(featureHits(text).map((hit) => hit.feature));
}

/** The text the model reads: the title and the description. */
export const modelText = (title: string, description: string | null | undefined) => `${title}\n${description ?? ""}`;
