import synonymData from "@/prisma/data/synonyms.json";
import { occupationAliasGroups } from "./occupation-names";
import { contentWords } from "./stop-words";
import { sameWord, searchKey, wordForms, type WordForms } from "./word-forms";

// Synonyms as data: the curated groups of prisma/data/synonyms.json and, for every ISCO-08 unit group, its
// everyday names in four languages (prisma/data/occupation-aliases.json). An entry may be a phrase
// ("үй жинаушы", "сбор хлопка"); a typed word or phrase matches an entry through the stemmers (wordForms).

/** A synonym entry: its words as skeletons, with their forms. */
export type Entry = { words: string[]; forms: WordForms[]; english: boolean };

function entry(text: string): Entry | null {
  const words = contentWords(text);
  return words.length ? { words, forms: words.map(wordForms), english: /^[a-z\s'’-]+$/i.test(text) } : null;
}

let loaded:
  { groups: Entry[][]; codes: (string | null)[]; links: number[][]; byKey: Map<string, number[]> } | undefined;

/** The groups, and for each key (a word, a stem) the groups whose entries start with it. */
function synonymGroups() {
  if (loaded) return loaded;
  const aliasGroups = occupationAliasGroups();
  const texts = [...synonymData.groups, ...aliasGroups.map((group) => group.names)];
  const groups = texts.map((group) => group.map(entry).filter((e): e is Entry => e !== null));
  // An occupation's everyday names are a group: matching one of them whole names the occupation. A curated
  // group that shares an entry with an occupation's names ("it-специалист") is linked to that occupation,
  // whose names then count as its synonyms too ("айтишник" → "программист").
  const codes: (string | null)[] = [...synonymData.groups.map(() => null), ...aliasGroups.map((group) => group.code)];
  const links: number[][] = groups.map(() => []);
  const byEntry = new Map<string, number[]>();
  groups.forEach((group, index) => {
    for (const e of group) byEntry.set(e.words.join(" "), [...(byEntry.get(e.words.join(" ")) ?? []), index]);
  });
  for (const indexes of byEntry.values()) {
    for (const a of indexes) for (const b of indexes) if (a !== b && !links[a]!.includes(b)) links[a]!.push(b);
  }
  const byKey = new Map<string, number[]>();
  groups.forEach((group, index) => {
    for (const e of group) {
      const first = e.forms[0]!;
      for (const key of [first.word, `r:${first.russian}`, `t:${first.turkic}`, `e:${first.english.slice(0, 4)}`]) {
        const list = byKey.get(key) ?? [];
        if (!list.includes(index)) list.push(index);
        byKey.set(key, list);
      }
    }
  });
  loaded = { groups, codes, links, byKey };
  return loaded;
}

/** Groups whose entry starts with this word, by any of its forms. */
function candidateGroups(first: WordForms): number[] {
  const { byKey } = synonymGroups();
  const keys = [first.word, `r:${first.russian}`, `t:${first.turkic}`, `e:${first.english.slice(0, 4)}`];
  return [...new Set(keys.flatMap((key) => byKey.get(key) ?? []))];
}

/**
 * The longest synonym entry that the typed words starting at `start` spell (at most four words), with every
 * entry of every group it belongs to. Null when no entry starts there.
 */
export function synonymsAt(
  typed: WordForms[],
  start: number,
): { length: number; entries: Entry[]; occupations: string[] } | null {
  const { groups, codes, links } = synonymGroups();
  const first = typed[start];
  if (!first) return null;
  let best: { length: number; groups: Set<number> } | null = null;
  for (const index of candidateGroups(first)) {
    for (const e of groups[index]!) {
      const length = e.forms.length;
      if (length > 4 || start + length > typed.length) continue;
      if (!e.forms.every((form, i) => sameWord(typed[start + i]!, form, e.english))) continue;
      if (!best || length > best.length) best = { length, groups: new Set([index]) };
      else if (length === best.length) best.groups.add(index);
    }
  }
  if (!best) return null;
  const matched = new Set([...best.groups].flatMap((index) => [index, ...links[index]!]));
  const entries = new Map<string, Entry>();
  for (const index of matched) for (const e of groups[index]!) entries.set(e.words.join(" "), e);
  const occupations = [...new Set([...matched].flatMap((index) => (codes[index] ? [codes[index]!] : [])))];
  return { length: best.length, entries: [...entries.values()], occupations };
}

/**
 * Meilisearch's synonym setting: every entry (a word or a phrase, written in search keys as its documents
 * are) maps to the others of its group.
 */
export function synonymSettings(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of synonymGroups().groups) {
    const texts = group.map((e) => e.words.map(searchKey).join(" "));
    for (const text of texts) out[text] = [...new Set([...(out[text] ?? []), ...texts.filter((t) => t !== text)])];
  }
  return out;
}
