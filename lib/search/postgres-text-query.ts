import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { Alternative, QueryTerm } from "./query-terms";
import { wordForms } from "./word-forms";

// The text part of a PostgreSQL search: which rows match (every required term, through any alternative, in
// any field) and how well (the relevance score).
//
// Fields: the title (`vector` weight A, and its Russian stems in `stems`), the occupation (by code: the term
// is one of the unit group's everyday names, found with the synonyms), the place (by region and city code: the
// typed words are looked up in their names) and the employer's name (`vector` weight C), and the description
// (`body`, read only through its index: it is large).
//
// A term's score is the best of: field (title 1, occupation 0.6, place or employer 0.5) times way (as typed 1,
// by its beginning 0.95, by its stem 0.9, a synonym 0.75 (by its Turkic stem 0.7), a spelling correction 0.5);
// a term found only in the description scores 0.2. Terms add up; a synonym group counts once because it is
// one term; optional terms (the words of a phrase found as a whole) count a third; typed words side by side
// in the title add a bonus.

type Column = "vector" | "stems";
/** One way a term can match: which column, its tsquery for a field weight (or any), and its factor. */
type Way = { column: Column; query: (weight: "" | "A" | "C") => string | null; factor: number };

const or = (parts: (string | null)[]) => {
  const kept = [...new Set(parts.filter((p): p is string => Boolean(p)))];
  return kept.length ? kept.map((p) => `(${p})`).join(" | ") : null;
};
const phrase = (words: string[], lexeme: (word: string) => string) => words.map(lexeme).join(" <-> ");

/**
 * A tsquery lexeme, optionally a prefix and limited to a field weight ("povar:*A"). Words of three letters or
 * fewer ("ош", "1с", "по") only ever match whole: as beginnings they would match almost anything.
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
  // The stems column holds the title only: no weights there.
  const russian = (alts: Alternative[]) => or(alts.map((a) => phrase(a.words, (x) => wordForms(x).russian)));
  const stemmed = (alts: Alternative[], w: string) =>
    or(
      alts.map((a) =>
        a.words.every((x) => stemPrefix(x)) ? phrase(a.words, (x) => lexeme(stemPrefix(x)!, true, w)) : null,
      ),
    );
  return [
    { column: "vector", query: (w) => exact(typed, w), factor: 1 },
    { column: "vector", query: (w) => prefix(typed, w), factor: 0.95 },
    { column: "stems", query: () => russian(typed), factor: 0.9 },
    { column: "vector", query: (w) => stemmed(typed, w), factor: 0.9 },
    // A synonym is a dictionary word: its stem finds it and its Russian forms (one lexeme per word, where the
    // word itself plus its forms would be several).
    { column: "stems", query: () => russian(synonyms), factor: 0.75 },
    { column: "vector", query: (w) => stemmed(synonyms, w), factor: 0.7 },
    { column: "vector", query: (w) => prefix(corrections, w), factor: 0.5 },
    { column: "stems", query: () => russian(corrections), factor: 0.5 },
  ];
}

/** The occupations and places whose names match one way of a term. */
type References = { regions: string[]; cities: string[] };
export type PreparedTerm = { term: QueryTerm; ways: { way: Way; references: References }[] };

const cache = new Map<string, { at: number; value: Promise<PreparedTerm[]> }>();

/**
 * Looks the typed ways of every term up in the names of regions and cities, in one statement (133 rows): the
 * vacancy rows then only compare codes. Places change rarely: an answer is kept for a minute.
 */
export function prepareTerms(terms: QueryTerm[]): Promise<PreparedTerm[]> {
  const key = JSON.stringify(terms);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && now - hit.at < 60_000) return hit.value;
  const value = lookUp(terms).catch((error) => {
    cache.delete(key);
    throw error;
  });
  if (cache.size >= 2_000) cache.delete(cache.keys().next().value!);
  cache.set(key, { at: now, value });
  return value;
}

async function lookUp(terms: QueryTerm[]): Promise<PreparedTerm[]> {
  const all = terms.flatMap((term, t) => ways(term).map((way, w) => ({ t, w, way, query: way.query("") })));
  // Places are matched by what was typed (a place has no synonyms), not by synonyms of job names.
  const asked = all.filter((a) => a.query && a.way.factor >= 0.9);
  const found = new Map<number, References>();
  if (asked.length) {
    const rows = await db.$queryRaw<{ i: number; kind: string; code: string }[]>`
      WITH q AS (
        SELECT i::int, column_name, query::tsquery AS tq
        FROM unnest(${asked.map((a) => a.way.column)}::text[], ${asked.map((a) => a.query!)}::text[]) WITH ORDINALITY AS q(column_name, query, i)
      ), places AS (
        SELECT 'region' AS kind, code, concat_ws(' ', "nameRu", "nameKy", "nameKk", "nameEn") AS names FROM "Region"
        UNION ALL SELECT 'city', code, concat_ws(' ', "nameRu", "nameKy", "nameKk", "nameEn") FROM "City"
      ), place_vectors AS (
        SELECT kind, code, to_tsvector('simple', search_skeleton(names)) AS words,
          to_tsvector('portal_russian', search_cyrillic_form(search_skeleton(names))) AS stems FROM places
      )
      SELECT q.i, p.kind, p.code FROM q JOIN place_vectors p
        ON CASE WHEN q.column_name = 'vector' THEN p.words @@ q.tq ELSE p.stems @@ q.tq END`;
    for (const row of rows) {
      const refs = found.get(row.i) ?? { regions: [], cities: [] };
      (row.kind === "region" ? refs.regions : refs.cities).push(row.code);
      found.set(row.i, refs);
    }
  }
  const none: References = { regions: [], cities: [] };
  return terms.map((term, t) => ({
    term,
    ways: all
      .filter((a) => a.t === t)
      .map((a) => ({ way: a.way, references: a.query ? (found.get(asked.indexOf(a) + 1) ?? none) : none })),
  }));
}

// A tsquery literal (::tsquery), not to_tsquery(): the literal is parsed once when the statement is planned,
// to_tsquery() would parse it again for every row it is compared with. The lexemes are already normalised.
const matches = (column: Column | "body", query: string) =>
  Prisma.sql`${Prisma.raw(`"${column}"`)} @@ ${query}::tsquery`;
const inList = (column: string, codes: readonly string[]) =>
  Prisma.sql`${Prisma.raw(`"${column}"`)} = ANY(${[...codes]}::text[])`;

/**
 * The queries and codes through which a term matches anywhere (title, occupation, place, employer,
 * description). Phrases are looked up as all their words (&): the index answers that alone, where a phrase
 * (<->) needs word positions and so a second look at every row it might match; the score still asks for
 * the phrase.
 */
function termReach({ term, ways: prepared }: PreparedTerm) {
  const queries = (column: Column) =>
    or(prepared.filter((p) => p.way.column === column).map((p) => p.way.query("")?.replaceAll(" <-> ", " & ") ?? null));
  const union = (pick: (r: References) => string[]) => [...new Set(prepared.flatMap((p) => pick(p.references)))];
  const words = queries("vector");
  const stems = queries("stems");
  return {
    words,
    stems,
    body: or([words, stems]),
    codes: [
      ["occupationCode", [...new Set(term.occupations)]],
      ["regionCode", union((r) => r.regions)],
      ["cityCode", union((r) => r.cities)],
    ] as const,
  };
}

/**
 * The row matches the term in its title, occupation, place or employer; with `descriptions`, also in its
 * description (looked up in VacancySearchBody through its index, once per statement).
 */
export function termCondition(term: PreparedTerm, descriptions: boolean): Prisma.Sql {
  const reach = termReach(term);
  const parts: Prisma.Sql[] = [];
  if (reach.words) parts.push(matches("vector", reach.words));
  if (reach.stems) parts.push(matches("stems", reach.stems));
  for (const [column, codes] of reach.codes) if (codes.length) parts.push(inList(column, codes));
  if (descriptions && reach.body)
    parts.push(
      Prisma.sql`"vacancyId" IN (SELECT "vacancyId" FROM "VacancySearchBody" WHERE ${matches("body", reach.body)})`,
    );
  return parts.length ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : Prisma.sql`false`;
}

/** Whether a row matches the term anywhere but in its description (cheap: small vectors and codes). */
function matchesOutsideDescription(term: PreparedTerm): Prisma.Sql {
  const reach = termReach(term);
  const parts: Prisma.Sql[] = [];
  if (reach.words) parts.push(matches("vector", reach.words));
  if (reach.stems) parts.push(matches("stems", reach.stems));
  for (const [column, codes] of reach.codes) if (codes.length) parts.push(inList(column, codes));
  return parts.length ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : Prisma.sql`false`;
}

type Step = { score: number; condition: Prisma.Sql };

/** Where and how a term can match, strongest first: title steps, then occupation, place and employer steps. */
function termSteps(prepared: PreparedTerm): { title: Step[]; others: Step[] } {
  const { term, ways: steps } = prepared;
  const title: Step[] = [];
  const others: Step[] = [];
  for (const { way, references } of steps) {
    const inTitle = way.query(way.column === "stems" ? "" : "A");
    if (inTitle) title.push({ score: way.factor, condition: matches(way.column, inTitle) });
    const place = [
      ...(references.regions.length ? [inList("regionCode", references.regions)] : []),
      ...(references.cities.length ? [inList("cityCode", references.cities)] : []),
    ];
    // The employer's name counts for the words as typed, not for their synonyms.
    const employer = way.column === "vector" && way.factor >= 0.9 ? way.query("C") : null;
    if (employer) place.push(matches("vector", employer));
    if (place.length) others.push({ score: 0.5 * way.factor, condition: Prisma.sql`(${Prisma.join(place, " OR ")})` });
  }
  // The term names the vacancy's occupation (one of its everyday names, whole).
  if (term.occupations.length) others.push({ score: 0.57, condition: inList("occupationCode", term.occupations) });
  const byScore = (a: Step, b: Step) => b.score - a.score;
  return { title: title.sort(byScore), others: others.sort(byScore) };
}

const ladder = (steps: Step[], fallback: Prisma.Sql) =>
  steps.length
    ? Prisma.sql`CASE ${Prisma.join(
        steps.map((step) => Prisma.sql`WHEN ${step.condition} THEN ${Prisma.raw(step.score.toFixed(4))}`),
        " ",
      )} ELSE ${fallback} END`
    : fallback;

/**
 * The term's score: the strongest field and way it matches in; the description only, 0.2. The title's steps
 * are tried only when the title matches the term at all (one check), the occupation's and place's steps
 * (code comparisons) otherwise: most rows of a broad query match by occupation, not by title.
 */
function termScore(prepared: PreparedTerm): Prisma.Sql {
  const { title, others } = termSteps(prepared);
  const elsewhere = ladder(others, Prisma.raw(prepared.term.optional ? "0" : "0.2"));
  const reach = termReach(prepared);
  const titleAny = [
    ...(reach.words ? [matches("vector", reach.words)] : []),
    ...(reach.stems ? [matches("stems", reach.stems)] : []),
  ];
  if (titleAny.length === 0) return elsewhere;
  return Prisma.sql`CASE WHEN ${Prisma.join(titleAny, " OR ")} THEN ${ladder(title, elsewhere)} ELSE ${elsewhere} END`;
}

/**
 * For a query of one term, the page of hits without scoring every match: each step of the term's ladder,
 * strongest first, is its own indexed query (minus the rows of the steps before), sorted by the tie-breaks
 * and cut at what the page needs; the steps are read in order and reading stops once the page is full.
 * A broad word ("сатушы": 18 000 matches) then costs a few hundred rows instead of all of them, with the
 * same order as scoring them all. Null when the query has other terms (those are scored in full).
 */
export function steppedHits(
  prepared: PreparedTerm[],
  columns: Prisma.Sql,
  filters: Prisma.Sql[],
  descriptions: boolean,
  limit: number,
  offset: number,
): Prisma.Sql | null {
  if (prepared.length !== 1 || prepared[0]!.term.optional) return null;
  const term = prepared[0]!;
  const { title, others } = termSteps(term);
  const steps = [...title, ...others].sort((a, b) => b.score - a.score);
  if (descriptions) steps.push({ score: 0.2, condition: termCondition(term, true) });
  const tie = Prisma.sql`verified DESC, ("salaryTop" IS NOT NULL) DESC, "publishedAt" DESC, "vacancyId" DESC`;
  const parts = steps.map((step, index) => {
    const before = steps.slice(0, index).map((s) => s.condition);
    const conditions = [
      ...filters,
      step.condition,
      ...(before.length ? [Prisma.sql`NOT (${Prisma.join(before, " OR ")})`] : []),
    ];
    return Prisma.sql`(SELECT ${columns}, ${Prisma.raw(step.score.toFixed(4))}::float AS score FROM "VacancySearch"
      WHERE ${Prisma.join(conditions, " AND ")} ORDER BY ${tie} LIMIT ${limit + offset})`;
  });
  // UNION ALL is read child by child, in order, and the LIMIT stops it early (parallel plans are off for it).
  return Prisma.sql`SELECT * FROM (${Prisma.join(parts, " UNION ALL ")}) stepped LIMIT ${limit} OFFSET ${offset}`;
}

/** Typed words side by side, in this order, in the title. */
function phraseBonus(terms: QueryTerm[]): Prisma.Sql | null {
  const words = terms.flatMap((t) => t.typed);
  if (words.length < 2) return null;
  const bonus = (0.3 * (words.length - 1)).toFixed(4);
  return Prisma.sql`CASE WHEN ${matches(
    "vector",
    phrase(words, (x) => lexeme(x, true, "A")),
  )} THEN ${Prisma.raw(bonus)} ELSE 0 END`;
}

/**
 * The relevance score of a row: required terms, optional ones at a third, the phrase bonus. A row that
 * matches no required term outside its description (most rows of a broad query) gets the description-only
 * score at once, without going through every step of every term.
 */
export function relevanceScore(prepared: PreparedTerm[]): Prisma.Sql {
  const required = prepared.filter((p) => !p.term.optional);
  const parts = [
    ...required.map(termScore),
    ...prepared.filter((p) => p.term.optional).map((p) => Prisma.sql`0.3 * ${termScore(p)}`),
  ];
  const bonus = phraseBonus(required.map((p) => p.term));
  const full = Prisma.sql`(${Prisma.join(bonus ? [...parts, bonus] : parts, " + ")})`;
  const anywhereButDescription = Prisma.join(required.map(matchesOutsideDescription), " OR ");
  const descriptionOnly = (0.2 * required.length).toFixed(4);
  return Prisma.sql`CASE WHEN ${anywhereButDescription} THEN ${full} ELSE ${Prisma.raw(descriptionOnly)} END`;
}
