// The "skeleton" of a text: one Latin spelling for Russian, Kyrgyz and Kazakh words, whether they were
// typed in Cyrillic, in the Kazakh Latin alphabet (2021) or in the informal transliterations people type
// on phones. Both search engines index and query skeletons, so "povar", "повар" and "Повара" meet, and
// "Құрылысшы", "курылысшы" and "qurylysshy" are the same word. PostgreSQL has the same function in SQL
// (search_skeleton, generated from these tables; an integration test checks they agree).

/** Cyrillic letters written with two Latin letters (applied first). */
export const cyrillicDigraphs: [string, string][] = [
  ["щ", "sh"],
  ["ш", "sh"],
  ["ч", "ch"],
  ["ж", "j"],
  ["ц", "ts"],
  ["х", "h"],
  ["һ", "h"],
  ["я", "ia"],
  ["ю", "iu"],
  ["ъ", ""],
  ["ь", ""],
];
const pairs = (text: string): readonly [string, string] => {
  const letters = text.split(" ").map((pair) => [...pair] as [string, string]);
  return [letters.map(([from]) => from).join(""), letters.map(([, to]) => to).join("")];
};

/** One Cyrillic letter to one Latin letter; Kazakh and Kyrgyz letters fold to their Russian neighbours. */
export const cyrillicLetters = pairs(
  "аa әa бb вv гg ғg дd еe ёe эe зz иi йi іi кk қk лl мm нn ңn оo өo пp рr сs тt уu ұu үu фf ыi",
);
/** Latin letters of the Kazakh alphabet and neighbouring spellings. */
export const latinDigraphs: [string, string][] = [
  ["ş", "sh"],
  ["ç", "ch"],
  ["zh", "j"],
  ["kh", "h"],
];
export const latinLetters = pairs("äa ğg ıi ñn öo üu ūu ée ýi úu óo áa íi xh qk yi wu");

function translate(text: string, [from, to]: readonly [string, string]): string {
  let out = "";
  for (const ch of text) {
    const index = from.indexOf(ch);
    out += index === -1 ? ch : to[index]!;
  }
  return out;
}

export function skeleton(text: string): string {
  let s = text.toLowerCase().normalize("NFC");
  for (const [from, to] of cyrillicDigraphs) s = s.replaceAll(from, to);
  s = translate(s, cyrillicLetters);
  for (const [from, to] of latinDigraphs) s = s.replaceAll(from, to);
  s = translate(s, latinLetters);
  return s
    .replace(/([a-z])\1+/g, "$1")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The words of a query, as skeletons (empty words dropped). */
export function skeletonWords(text: string): string[] {
  return skeleton(text).split(" ").filter(Boolean);
}

/** The same steps as PostgreSQL SQL, for the migration that defines search_skeleton(text). */
export function skeletonSql(input = "input"): string {
  const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
  let expression = `lower(normalize(${input}, NFC))`;
  for (const [from, to] of cyrillicDigraphs) expression = `replace(${expression}, ${quote(from)}, ${quote(to)})`;
  expression = `translate(${expression}, ${quote(cyrillicLetters[0])}, ${quote(cyrillicLetters[1])})`;
  for (const [from, to] of latinDigraphs) expression = `replace(${expression}, ${quote(from)}, ${quote(to)})`;
  expression = `translate(${expression}, ${quote(latinLetters[0])}, ${quote(latinLetters[1])})`;
  // One pattern per letter: PostgreSQL's regex engine is very slow with a back-reference like ([a-z])\1+
  // on long texts (8 ms per description), and 26 plain patterns give the same result.
  for (const letter of "abcdefghijklmnopqrstuvwxyz")
    expression = `regexp_replace(${expression}, '${letter}{2,}', '${letter}', 'g')`;
  expression = `btrim(regexp_replace(${expression}, '[^a-z0-9]+', ' ', 'g'))`;
  return expression;
}
