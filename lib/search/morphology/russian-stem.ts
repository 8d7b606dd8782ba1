// Russian stems with Snowball's Russian algorithm (the npm port in @orama/stemmers, the same algorithm as
// PostgreSQL's snowball dictionary). Stems are computed from a word's skeleton, never from what was typed:
// the skeleton is written back in one canonical Cyrillic spelling and stemmed, so "водителя", "voditelya" and
// "VODITELIA" all give "водител". Index (SQL, search_russian_stems) and query (here) take the same steps; an
// integration test compares them on word lists.
import { stemmer } from "@orama/stemmers/russian";

/** Skeleton letter groups written back in Cyrillic, in this order (SQL takes the same steps). */
const digraphs: [string, string][] = [
  ["sh", "ш"],
  ["ch", "ч"],
  ["ts", "ц"],
  ["ia", "я"],
  ["iu", "ю"],
  ["x", "кс"],
];
/** "i" after a vowel was "й" ("вахтой" → "vahtoi"): Snowball needs it back to see the ending. */
const shortI = "([aeiou])i";
const letters: [string, string] = ["abvgdejziklmnoprstufhcwqy", "абвгдежзиклмнопрстуфхквки"];

/** The canonical Cyrillic spelling of a skeleton text. */
export function cyrillicForm(skeletonText: string): string {
  let s = skeletonText;
  for (const [latin, cyrillic] of digraphs) s = s.replaceAll(latin, cyrillic);
  s = s.replace(new RegExp(shortI, "g"), "$1й");
  let out = "";
  for (const ch of s) {
    const index = letters[0].indexOf(ch);
    out += index === -1 ? ch : letters[1][index];
  }
  return out;
}

/** The Russian stem (Cyrillic) of one skeleton word. */
export function russianStem(skeletonWord: string): string {
  return stemmer(cyrillicForm(skeletonWord));
}

/**
 * SQL: search_cyrillic_form(text) for a skeleton text, the same steps as cyrillicForm; the text search
 * configuration portal_russian (Snowball Russian, no stop words) stems its words.
 */
export function russianStemSql(): string {
  const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
  let expression = "input";
  for (const [latin, cyrillic] of digraphs) expression = `replace(${expression}, ${quote(latin)}, ${quote(cyrillic)})`;
  expression = `regexp_replace(${expression}, ${quote(shortI)}, '\\1й', 'g')`;
  expression = `translate(${expression}, ${quote(letters[0])}, ${quote(letters[1])})`;
  return `CREATE OR REPLACE FUNCTION search_cyrillic_form(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${expression} $$;`;
}
