// The everyday names people type for an ISCO-08 unit group (prisma/data/occupation-aliases.json), in four
// languages: synonym groups for search (a name typed whole names the occupation), and the occupation picker.
import aliasData from "@/prisma/data/occupation-aliases.json";

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
