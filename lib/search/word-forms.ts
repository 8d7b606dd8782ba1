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
 * One key per word for engines that cannot compare several forms (Meilisearch): the Turkic stem when the
 * word has a Turkic ending, else its Russian stem as a skeleton. The same function for documents and queries.
 */
export function searchKey(word: string): string {
  const { turkic, russianSkeleton } = wordForms(word);
  if (turkic !== word) return turkic;
  return russianSkeleton.length >= 3 ? russianSkeleton : word;
}

/**
 * Whether a typed word is a form of a dictionary word (a synonym entry): the same word; for a Russian,
 * Kyrgyz or Kazakh entry the same Russian or Turkic stem (of four letters at least: "вахта" and "вахтёр"
 * share "vah"); for an English entry an English stem that one starts with the other ("cleaning" → "clean"
 * ~ "cleaner"; at least five letters in common and at most three more).
 */
export function sameWord(typed: WordForms, entry: WordForms, entryIsEnglish = false): boolean {
  if (typed.word === entry.word) return true;
  // English entries are compared as English only: "cook" is not the Kazakh "көк" by its Russian stem.
  if (!entryIsEnglish) {
    return (
      (typed.russian.length >= 4 && typed.russian === entry.russian) ||
      (typed.turkic.length >= 4 && typed.turkic === entry.turkic)
    );
  }
  const [a, b] = [typed.english, entry.english];
  if (a === b) return a.length >= 3;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.length - short.length <= 3 && long.startsWith(short);
}
