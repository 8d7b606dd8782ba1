// What search and the occupation picker know about an ISCO-08 group: its labels in four languages and the
// everyday names people type (prisma/data/occupation-aliases.json), with their stems. Pure: the reference
// seed stores the result on Occupation (aliases, searchVector, stemVector); the index copies it into field B.
import aliasData from "@/prisma/data/occupation-aliases.json";
import { russianStem } from "./morphology/russian-stem";
import { turkicStem } from "./morphology/turkic-stem";
import { skeletonWords } from "./skeleton";

type AliasLists = { ru?: string[]; ky?: string[]; kk?: string[]; en?: string[] };
const aliases = aliasData as unknown as Record<string, AliasLists | string>;

/** The everyday names of a unit group in every language ("" for groups without any). */
export function occupationAliases(code: string): string[] {
  const entry = aliases[code];
  if (!entry || typeof entry === "string") return [];
  return [...(entry.ru ?? []), ...(entry.ky ?? []), ...(entry.kk ?? []), ...(entry.en ?? [])];
}

/** Every code with everyday names, and the names: the groups of synonyms they form. */
export function occupationAliasGroups(): { code: string; names: string[] }[] {
  return Object.keys(aliases)
    .filter((code) => /^\d{4}$/.test(code))
    .map((code) => ({ code, names: occupationAliases(code) }))
    .filter((group) => group.names.length > 0);
}

/** The stems (Russian and Turkic) of the words of an occupation's labels and names, as one text. */
export function occupationStemText(texts: (string | null | undefined)[]): string {
  const stems = new Set<string>();
  for (const word of skeletonWords(texts.filter(Boolean).join(" "))) {
    stems.add(russianStem(word));
    stems.add(turkicStem(word));
  }
  return [...stems].join(" ");
}
