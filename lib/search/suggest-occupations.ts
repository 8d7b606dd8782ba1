import "server-only";
import { localizedName } from "@/lib/i18n/localized-name";
import { db } from "@/lib/server/db";
import { occupationAliases } from "./occupation-names";
import { contentWords } from "./stop-words";
import { synonymsAt } from "./synonyms";
import { wordForms, type WordForms } from "./word-forms";

// The occupation picker of the vacancy form, matched the way search matches: word forms (Russian and
// Turkic stems), everyday names in four languages, and words typed so far as beginnings. "водитель" puts
// 8322 first, "тігінші" 7533, whatever the interface language.

type Name = { words: WordForms[]; weight: number };
type Group = {
  code: string;
  names: Name[];
  labels: { nameRu: string; nameEn: string; nameKy: string | null; nameKk: string | null };
};

let loaded: Promise<Group[]> | undefined;

function groups(): Promise<Group[]> {
  loaded ??= db.occupation
    .findMany({
      where: { level: 4 },
      orderBy: { code: "asc" },
      select: { code: true, nameRu: true, nameEn: true, nameKy: true, nameKk: true },
    })
    .then((rows) =>
      rows.map((row) => {
        const name = (text: string, weight: number): Name => ({ words: contentWords(text).map(wordForms), weight });
        return {
          code: row.code,
          labels: row,
          names: [
            ...occupationAliases(row.code).map((alias) => name(alias, 1)),
            ...[row.nameRu, row.nameEn, row.nameKy, row.nameKk].flatMap((label) => (label ? [name(label, 0.8)] : [])),
          ],
        };
      }),
    )
    .catch((error) => {
      loaded = undefined;
      throw error;
    });
  return loaded;
}

/** A typed word matches a word of a name: as its beginning (still typing), or by its stem. */
function wordMatches(typed: WordForms, word: WordForms): boolean {
  if (word.word.startsWith(typed.word)) return true;
  if (typed.russian.length >= 4 && typed.russian === word.russian) return true;
  return typed.turkic.length >= 4 && word.word.startsWith(typed.turkic);
}

/** How well the typed words name this: all of them matched, the name's first word among them, few other words. */
function nameScore(typed: WordForms[], name: Name): number {
  const matched = typed.filter((t) => name.words.some((w) => wordMatches(t, w))).length;
  if (matched === 0) return 0;
  const head = wordMatches(typed[0]!, name.words[0]!) ? 0.3 : 0;
  const brevity = 0.2 / name.words.length;
  return name.weight * (matched / typed.length + head + brevity);
}

/** Up to `limit` unit groups for what was typed, best first, labelled in the locale. */
export async function suggestOccupations(q: string, locale: string, limit = 12) {
  const typed = contentWords(q.slice(0, 100)).slice(0, 6).map(wordForms);
  if (typed.length === 0 || typed.map((t) => t.word).join("").length < 2) return [];
  const named = new Set(synonymsAt(typed, 0)?.occupations ?? []);
  const scored = (await groups())
    .map((group) => ({
      group,
      score: Math.max(0, ...group.names.map((name) => nameScore(typed, name))) + (named.has(group.code) ? 1 : 0),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.group.code.localeCompare(b.group.code));
  return scored.slice(0, limit).map(({ group }) => ({ code: group.code, label: localizedName(group.labels, locale) }));
}
