// The everyday names people type for an ISCO-08 unit group (prisma/data/occupation-aliases.json), in four
// languages: synonym groups for search (a name typed whole names the occupation), and the occupation picker.
import isco from "@/prisma/data/isco08.json";
import aliasData from "@/prisma/data/occupation-aliases.json";
import { contentWords } from "./stop-words";

type AliasLists = { ru?: string[]; ky?: string[]; kk?: string[]; en?: string[] };
const aliases = aliasData as unknown as Record<string, AliasLists | string>;

/** The everyday names of a unit group in every language ("" for groups without any). */
export function occupationAliases(code: string): string[] {
  const entry = aliases[code];
  if (!entry || typeof entry === "string") return [];
  return [...(entry.ru ?? []), ...(entry.ky ?? []), ...(entry.kk ?? []), ...(entry.en ?? [])];
}

/** The official labels of a unit group short enough to be typed (three words at most), in four languages. */
function shortLabels(code: string): string[] {
  const entry = (isco as { code: string; ru: string; en: string; ky?: string; kk?: string }[]).find(
    (o) => o.code === code,
  );
  if (!entry) return [];
  return [entry.ru, entry.en, entry.ky, entry.kk].filter(
    (label): label is string => Boolean(label) && !/[,(]/.test(label!) && contentWords(label!).length <= 3,
  );
}

/**
 * Every unit group with names people type, as a group of synonyms: its everyday names and its short official
 * labels ("Повара", "Ашпоздор", "Cooks") in four languages.
 */
export function occupationAliasGroups(): { code: string; names: string[] }[] {
  return (isco as { code: string; level: number }[])
    .filter((o) => o.level === 4)
    .map(({ code }) => ({ code, names: [...new Set([...occupationAliases(code), ...shortLabels(code)])] }))
    .filter((group) => group.names.length > 0);
}
