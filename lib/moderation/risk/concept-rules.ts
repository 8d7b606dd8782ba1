// Concept rules: red flags found by meaning rather than by exact wording. A concept is a list of terms in
// Russian, Kyrgyz and Kazakh (prisma/data/risk-concepts.json); a rule fires when the concepts it names all
// occur within a few words of one another in one sentence, and no "unless" concept (a nearby negation,
// "the passport stays with you", "free of charge", …) is close by. Words are compared through the search
// morphology: the skeleton (one Latin spelling for Cyrillic, Kazakh Latin and phone transliterations) and
// the Russian and Turkic stems (lib/search/word-forms.ts), so "паспорта", "паспортыңызды" and "pasport" are
// one word. Each match keeps the character offsets of the words it joined, for the moderator's marks.
// Cost is linear in the text: each distinct word is tested once (concept-lexicon.ts), nearby concepts are found
// by binary search, and the text is cut at `maxCharacters` (the form refuses longer ones anyway).
import { skeleton } from "@/lib/search/skeleton";
import { type CompiledConcepts, type ConceptRule, passedTests, type RuleConcept, type Term } from "./concept-lexicon";

export type Token = { start: number; end: number; word: string; sentence: number };
type Place = { first: number; last: number };

const maxWordLength = 40;

const skeletons = new Map<string, string>();
function skeletonWord(raw: string): string {
  let word = skeletons.get(raw);
  if (word === undefined) {
    word = skeleton(raw).replaceAll(" ", "") || raw.toLowerCase();
    if (skeletons.size > 50_000) skeletons.clear();
    skeletons.set(raw, word);
  }
  return word;
}

/** The words of a text with their offsets and sentence numbers (a sentence ends at . ! ? or a line break). */
export function tokenize(text: string, maxCharacters: number): Token[] {
  const tokens: Token[] = [];
  const limited = text.slice(0, maxCharacters);
  let sentence = 0;
  let last = 0;
  let previous = "";
  for (const match of limited.matchAll(/[\p{L}\p{N}₸$]+/gu)) {
    const gap = limited.slice(last, match.index);
    // A dot between digits ("8.00", "1.5") ends no sentence.
    const decimal = gap === "." && /\d$/.test(previous) && /^\d/.test(match[0]);
    if (/[!?\n]/.test(gap) || (gap.includes(".") && !decimal)) sentence++;
    last = match.index + match[0].length;
    previous = match[0];
    const word = skeletonWord(match[0].slice(0, maxWordLength));
    tokens.push({ start: match.index, end: last, word, sentence });
  }
  return tokens;
}

/** For each concept, the places (first and last word) where one of its terms occurs, in text order. */
export function conceptPlaces(compiled: CompiledConcepts, tokens: Token[]): Map<string, Place[]> {
  const places = new Map<string, Place[]>();
  const passed = tokens.map((token) => passedTests(compiled, token.word));
  tokens.forEach((token, i) => {
    for (const id of passed[i]!) {
      for (const term of compiled.terms.get(id) ?? []) {
        const last = i + term.words.length - 1;
        if (last >= tokens.length) continue;
        let ok = true;
        for (let k = 1; k < term.words.length && ok; k++)
          ok = tokens[i + k]!.sentence === token.sentence && passed[i + k]!.has(term.words[k]!.id);
        if (!ok) continue;
        const place = { first: i, last };
        if (compiled.negatable.has(term.concept) && negated(compiled, tokens, place, term)) continue;
        const list = places.get(term.concept) ?? [];
        if (list.at(-1)?.first !== place.first) list.push(place); // one place per start word
        places.set(term.concept, list);
      }
    }
  });
  return places;
}

/**
 * Whether the words of a place are negated: "не"/"никаких" one or two words before ("без" only right before: "без
 * разрешения теряет" negates the permission, not the loss), "нет"/"жок"/"емес" right after, or a Turkic negative verb
 * form among them or right after ("алынбайт", "ұсталмайды"), or a word among them with the privative ending
 * "-сыз/-сіз" after a consonant or u/o ("күрөөсүз": without a deposit; not "төлейсіз"). A word the term spells out
 * exactly ("=берілмейді": is not paid) is what the lexicon means, negative form included.
 */
function negated(compiled: CompiledConcepts, tokens: Token[], place: Place, term: Term): boolean {
  const { before, after, turkicVerb } = compiled.negation;
  const sentence = tokens[place.first]!.sentence;
  for (let k = place.first - 2; k < place.first; k++) {
    const token = tokens[k];
    if (!token || token.sentence !== sentence || !before.has(token.word)) continue;
    if (token.word !== withoutWord || k === place.first - 1) return true;
  }
  const next = tokens[place.last + 1];
  if (next && next.sentence === sentence && (after.has(next.word) || turkicVerb.test(next.word))) return true;
  // "Из зарплаты ничего не удерживается", "из зарплаты его не удерживаем", "паспорт эч качан алынбайт": a negating
  // word just after the place opens the negated verb of its clause ("без" is no negation of it: "из зарплаты без
  // процентов").
  for (let k = place.last + 1; k <= place.last + 2; k++) {
    const token = tokens[k];
    if (token && token.sentence === sentence && before.has(token.word) && token.word !== withoutWord) return true;
  }
  // "Штрафов за увольнение нет": a closing "нет"/"жок" negates a short phrase before it.
  for (let k = place.last + 2; k <= place.last + 3; k++) {
    const token = tokens[k];
    if (token && token.sentence === sentence && token.word !== notWord && after.has(token.word)) return true;
  }
  // "алынбайт" (is not taken), "кешіктірусіз" (without delay), "күрөөсүз" (without a deposit)
  for (let k = place.first; k <= place.last; k++) {
    const word = tokens[k]!.word;
    if (term.words[k - place.first]?.kind === "exact") continue;
    if (turkicVerb.test(word) || compiled.negation.turkicPrivative.test(word)) return true;
  }
  return false;
}

const [withoutWord, notWord] = [skeletonWord("без"), skeletonWord("не")];

const distance = (a: Place, b: Place) => Math.max(0, b.first - a.last, a.first - b.last);

/** The nearest place of a concept within `window` words of `around`, in its sentence (places are in order). */
function near(
  places: Place[] | undefined,
  around: Place,
  window: number,
  tokens: Token[],
  after = false,
): Place | null {
  if (!places) return null;
  const sentence = tokens[around.first]!.sentence;
  // Binary search for the first place that could be close enough.
  let lo = 0,
    hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid]!.last < around.first - window) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < places.length && places[k]!.first <= around.last + window; k++) {
    const place = places[k]!;
    if (after && place.first <= around.last) continue;
    if (distance(place, around) <= window && tokens[place.first]!.sentence === sentence) return place;
  }
  return null;
}

/** Every place a concept rule matches (word offsets), first to last, its cancellers left out. */
export function* conceptRuleMatches(
  rule: ConceptRule,
  places: Map<string, Place[]>,
  tokens: Token[],
): Generator<Place> {
  const [anchor, ...others] = rule.all.map((entry): RuleConcept =>
    typeof entry === "string" ? { concept: entry, window: rule.window } : entry,
  );
  for (const place of places.get(anchor!.concept) ?? []) {
    let span: Place = place;
    let complete = true;
    for (const { concept, window, after } of others) {
      const other = near(places.get(concept), place, window, tokens, after);
      if (!other) {
        complete = false;
        break;
      }
      span = { first: Math.min(span.first, other.first), last: Math.max(span.last, other.last) };
    }
    if (!complete) continue;
    if (rule.unless?.some(({ concept, window }) => near(places.get(concept), span, window, tokens))) continue;
    yield span;
  }
}

/** Whether a concept occurs with none of the `unless` concepts within `window` words (e.g. "звоните", not negated). */
export function occursFreely(
  places: Map<string, Place[]>,
  tokens: Token[],
  concept: string,
  unless: { concept: string; window: number }[],
): boolean {
  return (places.get(concept) ?? []).some(
    (place) => !unless.some((u) => near(places.get(u.concept), place, u.window, tokens)),
  );
}
