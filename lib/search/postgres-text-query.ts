import { Prisma } from "@/lib/generated/prisma/client";
import type { Alternative, QueryTerm } from "./query-terms";
import { wordForms } from "./word-forms";

// The text part of a PostgreSQL search: which rows match (every term, in any of its alternatives, in any
// field) and how well (the relevance score). Skeleton words are [a-z0-9] and Russian stems Cyrillic letters,
// so both are safe inside tsquery text.
//
// A term's score is the best of: the field it matched in (title 1, occupation 0.6, place/employer 0.5,
// description 0.25) times how it matched (as typed 1, by its beginning 0.95, by its stem 0.9, a synonym 0.75,
// a synonym's stem 0.7, a spelling correction 0.5). Scores of terms add up; a synonym group counts once
// because it is one term. Typed words next to each other in the title (or the occupation) add a bonus.

const fields = [
  ["A", 1],
  ["B", 0.6],
  ["C", 0.5],
  ["D", 0.25],
] as const;
type Weight = (typeof fields)[number][0];

/** The ways a term can match, strongest first: which vector, the tsquery for a field weight, the factor. */
type Way = { vector: "vector" | "stems"; query: (w: Weight) => string | null; factor: number };

const or = (parts: (string | null)[]) => {
  const kept = [...new Set(parts.filter((p): p is string => Boolean(p)))];
  return kept.length ? kept.map((p) => `(${p})`).join(" | ") : null;
};
const phrase = (words: string[], lexeme: (word: string) => string) => words.map(lexeme).join(" <-> ");
/**
 * A tsquery lexeme, optionally a prefix and limited to a field weight ("povar:*A"). Words of three letters
 * or fewer ("ош", "1с", "по") only ever match whole: as beginnings they would match almost anything.
 */
const lexeme = (word: string, prefix: boolean, weight: string) => {
  const asPrefix = prefix && word.length >= 4;
  return asPrefix || weight ? `${word}:${asPrefix ? "*" : ""}${weight}` : word;
};

/**
 * A stem that matches indexed words by their beginning: the Turkic stem ("ашпозчусу" → "ashpozchu"), else the
 * Russian one as a skeleton ("коровы" → "korov", which also finds "коров", where Snowball cuts "кор"). Only
 * when it keeps enough of the word to mean something.
 */
const stemPrefix = (word: string) => {
  const { turkic, russianSkeleton } = wordForms(word);
  const stem = turkic !== word ? turkic : russianSkeleton;
  return stem !== word && stem.length >= 4 ? stem : null;
};

function ways(term: QueryTerm): Way[] {
  const of = (kind: Alternative["kind"]) => term.alternatives.filter((a) => a.kind === kind);
  const typed = of("typed");
  const synonyms = of("synonym");
  const corrections = of("correction");
  const exact = (alts: Alternative[], w: string) => or(alts.map((a) => phrase(a.words, (x) => lexeme(x, false, w))));
  const prefix = (alts: Alternative[], w: string) => or(alts.map((a) => phrase(a.words, (x) => lexeme(x, true, w))));
  const russian = (alts: Alternative[], w: string) =>
    or(alts.map((a) => phrase(a.words, (x) => lexeme(wordForms(x).russian, false, w))));
  const turkic = (alts: Alternative[], w: string) =>
    or(
      alts.map((a) =>
        a.words.every((x) => stemPrefix(x)) ? phrase(a.words, (x) => lexeme(stemPrefix(x)!, true, w)) : null,
      ),
    );
  return [
    { vector: "vector", query: (w) => exact(typed, w), factor: 1 },
    { vector: "vector", query: (w) => prefix(typed, w), factor: 0.95 },
    { vector: "stems", query: (w) => russian(typed, w), factor: 0.9 },
    { vector: "vector", query: (w) => turkic(typed, w), factor: 0.9 },
    { vector: "vector", query: (w) => exact(synonyms, w), factor: 0.75 },
    { vector: "stems", query: (w) => russian(synonyms, w), factor: 0.7 },
    { vector: "vector", query: (w) => turkic(synonyms, w), factor: 0.7 },
    { vector: "vector", query: (w) => prefix(corrections, w), factor: 0.5 },
    { vector: "stems", query: (w) => russian(corrections, w), factor: 0.5 },
  ];
}

const tsquery = (vector: Way["vector"], query: string) =>
  Prisma.sql`${Prisma.raw(`"${vector}"`)} @@ to_tsquery('simple', ${query})`;

/** The row must match every term: in any field, through any alternative. */
export function termCondition(term: QueryTerm): Prisma.Sql {
  const byVector = { vector: [] as string[], stems: [] as string[] };
  for (const way of ways(term)) {
    const q = way.query("" as Weight);
    if (q) byVector[way.vector].push(q);
  }
  const parts = (["vector", "stems"] as const)
    .map((v) => or(byVector[v]))
    .flatMap((q, i) => (q ? [tsquery(i === 0 ? "vector" : "stems", q)] : []));
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/** The term's score: the first (strongest) way it matches, field by field. */
function termScore(term: QueryTerm): Prisma.Sql {
  const ladder: { score: number; condition: Prisma.Sql }[] = [];
  for (const [weight, fieldFactor] of fields) {
    for (const way of ways(term)) {
      const q = way.query(weight);
      if (q) ladder.push({ score: fieldFactor * way.factor, condition: tsquery(way.vector, q) });
    }
  }
  ladder.sort((a, b) => b.score - a.score);
  const cases = ladder.map((step) => Prisma.sql`WHEN ${step.condition} THEN ${Prisma.raw(step.score.toFixed(4))}`);
  return Prisma.sql`CASE ${Prisma.join(cases, " ")} ELSE 0 END`;
}

/** Typed words side by side (in this order) in the title, or else in the occupation's names. */
function phraseBonus(terms: QueryTerm[]): Prisma.Sql | null {
  const words = terms.flatMap((t) => t.typed);
  if (words.length < 2) return null;
  const inField = (w: Weight) => phrase(words, (x) => lexeme(x, true, w));
  const bonus = (0.3 * (terms.length - 1)).toFixed(4);
  const half = (0.15 * (terms.length - 1)).toFixed(4);
  return Prisma.sql`CASE WHEN ${tsquery("vector", inField("A"))} THEN ${Prisma.raw(bonus)}
    WHEN ${tsquery("vector", inField("B"))} THEN ${Prisma.raw(half)} ELSE 0 END`;
}

/** The relevance score of a row: required terms, optional ones at a third, the phrase bonus. */
export function relevanceScore(terms: QueryTerm[]): Prisma.Sql {
  const required = terms.filter((t) => !t.optional);
  const parts = [
    ...required.map(termScore),
    ...terms.filter((t) => t.optional).map((t) => Prisma.sql`0.3 * ${termScore(t)}`),
  ];
  const bonus = phraseBonus(required);
  return Prisma.sql`(${Prisma.join(bonus ? [...parts, bonus] : parts, " + ")})`;
}
