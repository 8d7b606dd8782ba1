import { stemmer as englishStemmer } from "@orama/stemmers/english";
import { russianStem } from "./morphology/russian-stem";
import { turkicStem } from "./morphology/turkic-stem";
import { skeleton } from "./skeleton";

/**
 * A skeleton word with the forms search compares: its Russian stem (Cyrillic, as the index stores it, and
 * as a skeleton, to match indexed words by their beginning), its Turkic stem and its English stem.
 */
export type WordForms = { word: string; russian: string; russianSkeleton: string; turkic: string; english: string };

const cache = new Map<string, WordForms>();

export function wordForms(word: string): WordForms {
  let forms = cache.get(word);
  if (!forms) {
    const russian = russianStem(word);
    forms = {
      word,
      russian,
      russianSkeleton: skeleton(russian),
      turkic: turkicStem(word),
      english: englishStemmer(word),
    };
    if (cache.size > 50_000) cache.clear();
    cache.set(word, forms);
  }
  return forms;
}

/**
 * Whether a typed word is a form of a dictionary word (a synonym entry): the same word, the same Russian or
 * Turkic stem, or, for an English entry, an English stem that one starts with the other ("cleaning" →
 * "clean" ~ "cleaner").
 */
export function sameWord(typed: WordForms, entry: WordForms, entryIsEnglish = false): boolean {
  if (typed.word === entry.word) return true;
  if (typed.russian.length >= 3 && typed.russian === entry.russian) return true;
  if (typed.turkic.length >= 3 && typed.turkic === entry.turkic) return true;
  if (!entryIsEnglish) return false;
  const [a, b] = [typed.english, entry.english];
  return a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a));
}
