// The concept lexicons (prisma/data/risk-concepts.json) compiled for matching: every lexicon word becomes a word
// test on skeletons (lib/search/skeleton.ts) and the search morphology's stems (lib/search/word-forms.ts); a text
// word is tested once against the tests of its first letter, and the answer is cached. See docs/decisions/0026.
import conceptFile from "@/prisma/data/risk-concepts.json";
import { skeleton } from "@/lib/search/skeleton";
import { wordForms } from "@/lib/search/word-forms";

export type ConceptRule = {
  id: string;
  category: string;
  weight: number;
  /**
   * Concepts that must all occur in one sentence, each within `window` words of the first one (or within its
   * own window, when it gives one)
   */
  all: (string | RuleConcept)[];
  window: number;
  /** Concepts that cancel a match when one occurs within its window (words) of the matched words */
  unless?: { concept: string; window: number }[];
};
/** A concept of a rule; `after`: it must come after the rule's first concept ("курс 7 000 сом", not "сом, курс"). */
export type RuleConcept = { concept: string; window: number; after?: boolean };
export type ConceptFile = {
  maxCharacters: number;
  /** Concepts whose words do not count when negated ("не удерживаем", "штрафов нет", "алынбайт") */
  negatable: string[];
  negation: { before: string[]; after: string[]; turkicVerb: string; turkicPrivative: string };
  concepts: Record<string, Record<string, string[]>>;
  rules: ConceptRule[];
};

/**
 * One word of a term: a skeleton prefix ("паспорт*"), exactly one word ("=сами"), a word and its inflected forms
 * ("паспорт": the same Russian stem, or a Turkic word with endings added), or a pattern on the skeleton ("~…").
 */
export type WordTest = { id: number; kind: "prefix" | "exact" | "word" | "pattern"; key: string; pattern?: RegExp };
export type Term = { concept: string; words: WordTest[] };

function wordTest(raw: string, id: number): WordTest {
  if (raw.startsWith("~")) return { id, kind: "pattern", key: "", pattern: new RegExp(`^(?:${raw.slice(1)})$`) };
  if (raw.endsWith("*")) return { id, kind: "prefix", key: skeleton(raw.slice(0, -1)).replaceAll(" ", "") };
  if (raw.startsWith("=")) return { id, kind: "exact", key: skeleton(raw.slice(1)).replaceAll(" ", "") };
  return { id, kind: "word", key: skeleton(raw).replaceAll(" ", "") };
}

/** Whether a text word (skeleton) is a form of a lexicon word. */
function wordMatches(test: WordTest, word: string): boolean {
  if (test.kind === "prefix") return word.startsWith(test.key);
  if (test.kind === "pattern") return test.pattern!.test(word);
  if (word === test.key || test.kind === "exact") return word === test.key;
  // A Russian word in another case or number; a Turkic base word with endings added ("паспорт" → "паспортун"),
  // never the other way round, so "айлыктан" (from the pay) does not match "айлык" (pay).
  const [typed, entry] = [wordForms(word), wordForms(test.key)];
  return (
    (entry.russian.length >= 4 && typed.russian === entry.russian) ||
    (entry.word.length >= 3 && typed.turkic === entry.word)
  );
}

export type CompiledConcepts = {
  maxCharacters: number;
  negatable: Set<string>;
  /** Skeleton words that negate the next two words, the word before, and a Turkic negative verb form */
  negation: { before: Set<string>; after: Set<string>; turkicVerb: RegExp; turkicPrivative: RegExp };
  rules: ConceptRule[];
  /** Word tests by the first letter of their key ("" for patterns, which any word may match) */
  tests: Map<string, WordTest[]>;
  /** Terms by the id of their first word's test */
  terms: Map<number, Term[]>;
  /** For each text word seen, the ids of the word tests it passes (bounded) */
  wordCache: Map<string, Set<number>>;
};

export function compileConcepts(file: ConceptFile): CompiledConcepts {
  const tests = new Map<string, WordTest[]>();
  const byText = new Map<string, WordTest>();
  const terms = new Map<number, Term[]>();
  const testOf = (raw: string) => {
    let test = byText.get(raw);
    if (!test) {
      test = wordTest(raw, byText.size);
      byText.set(raw, test);
      const bucket = test.kind === "pattern" ? "" : test.key.slice(0, 1);
      tests.set(bucket, [...(tests.get(bucket) ?? []), test]);
    }
    return test;
  };
  for (const [concept, languages] of Object.entries(file.concepts)) {
    for (const list of Object.values(languages)) {
      for (const text of list) {
        const words = text.split(/\s+/).filter(Boolean).map(testOf);
        terms.set(words[0]!.id, [...(terms.get(words[0]!.id) ?? []), { concept, words }]);
      }
    }
  }
  const words = (list: string[]) => new Set(list.map((word) => skeleton(word).replaceAll(" ", "")));
  return {
    maxCharacters: file.maxCharacters,
    negatable: new Set(file.negatable),
    negation: {
      before: words(file.negation.before),
      after: words(file.negation.after),
      turkicVerb: new RegExp(`^(?:${file.negation.turkicVerb})$`),
      turkicPrivative: new RegExp(`^(?:${file.negation.turkicPrivative})$`),
    },
    rules: file.rules,
    tests,
    terms,
    wordCache: new Map(),
  };
}

/** The ids of the word tests a text word passes (computed once per distinct word). */
export function passedTests(compiled: CompiledConcepts, word: string): Set<number> {
  let passed = compiled.wordCache.get(word);
  if (!passed) {
    passed = new Set();
    for (const test of [...(compiled.tests.get(word.slice(0, 1)) ?? []), ...(compiled.tests.get("") ?? [])])
      if (wordMatches(test, word)) passed.add(test.id);
    if (compiled.wordCache.size > 50_000) compiled.wordCache.clear();
    compiled.wordCache.set(word, passed);
  }
  return passed;
}

export const shippedConcepts = compileConcepts(conceptFile as ConceptFile);
