// Features of a vacancy text for the learned risk model: the stem of every word (Russian Snowball stem or
// Turkic suffix stripping over the skeleton, so "паспорт", "паспорта" and "pasportun" meet) and every pair of
// neighbouring stems ("short phrases"). The input is capped in length and in words, so a hostile text costs
// at most a few thousand cheap steps; every feature keeps where it was found, for the moderator's marks.
// The concepts of the rules' lexicon are features too (decision 0027).
import { shippedConcepts } from "../concept-lexicon";
import { conceptPlaces, tokenize, type Token } from "../concept-rules";
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

/** Words up to this many after "не", "без", "эч", "ешқандай"… (in one sentence) are read as negated. */
const negationReach = 3;

const isNegator = (word: string) =>
  shippedConcepts.negation.before.has(word) || shippedConcepts.negation.after.has(word);

/**
 * Which words stand in the scope of a negation: the few after a negating word, the two before a closing "нет",
 * "жок", "емес" ("штрафов нет"), and a Kyrgyz or Kazakh negative verb ("кармалбайт", "алынбайды": is not deducted, is
 * not taken) with the word before it ("айлыктан кармалбайт"). The negations are the concept lexicon's, so rules and
 * model agree on them.
 */
function negatedWords(tokens: Token[]): boolean[] {
  const { before, after, turkicVerb } = shippedConcepts.negation;
  const negated = tokens.map(() => false);
  tokens.forEach((token, i) => {
    const sameSentence = (k: number) => tokens[k]?.sentence === token.sentence;
    if (before.has(token.word)) for (let k = i + 1; k <= i + negationReach && sameSentence(k); k++) negated[k] = true;
    else if (after.has(token.word)) for (let k = i - 1; k >= i - 2 && sameSentence(k); k--) negated[k] = true;
    else if (turkicVerb.test(token.word)) {
      negated[i] = true;
      if (sameSentence(i - 1)) negated[i - 1] = true;
    }
  });
  return negated;
}

/**
 * Every feature occurrence of the text: "w:<stem>" for a word ("w:¬<stem>" when negated: "удерживается" and "не
 * удерживается" teach opposite things), "p:<stem>_<stem>" for two neighbours, "c:<concept>" for a concept of the
 * red-flag lexicon.
 */
export function featureHits(text: string): FeatureHit[] {
  const tokens = tokenize(text.slice(0, maxTextLength), maxTextLength);
  const negated = negatedWords(tokens);
  const hits: FeatureHit[] = [];
  let previous: { stem: string; start: number } | null = null;
  let count = 0;
  for (const [i, { start, end }] of tokens.entries()) {
    if (end - start > maxWordLength) continue;
    // Numbers count as one feature "#" (amounts differ, "a number here" does not)
    const stem = stemOf(text.slice(start, end));
    if (stem === null) continue;
    // A negating word is no feature of its own: what it negates carries it ("w:¬…"), and "не" alone says nothing
    if (!isNegator(tokens[i]!.word)) hits.push({ feature: negated[i] ? `w:¬${stem}` : `w:${stem}`, start, end });
    if (previous) hits.push({ feature: `p:${previous.stem}_${stem}`, start: previous.start, end });
    previous = { stem, start };
    if (++count >= maxWords) break;
  }
  // Concepts of the red-flag lexicon (risk-concepts.json: "passport", "kept by the employer", "only on Sundays"
  // ...) in any of the three languages and word forms, unless negated: one feature per concept, so what the
  // model learns of a concept from Russian texts also counts for a Kyrgyz or Kazakh paraphrase of it.
  for (const [concept, places] of conceptPlaces(shippedConcepts, tokens))
    if (concept !== "NEGATION")
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
