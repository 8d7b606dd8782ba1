import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import {
  facetNames,
  type Facets,
  type SearchContext,
  type SearchEngine,
  type SearchHit,
  type SearchResult,
  type Suggestion,
} from "./port";
import { rebuildSearchEntries, refreshSearchEntries } from "./postgres-index";
import { searchPageSize, type SearchQuery } from "./query";
import { prepareTerms, relevanceScore, steppedHits, termCondition, type PreparedTerm } from "./postgres-text-query";
import { skeleton } from "./skeleton";

// The embedded default engine: PostgreSQL full-text search on skeleton texts (every word by its beginning,
// with synonyms and spelling corrections as alternatives), facet counts with GROUPING SETS, all on the
// VacancySearch table.

function textConditions(
  prepared: PreparedTerm[],
  descriptions: boolean,
): { where: Prisma.Sql[]; rank: Prisma.Sql | null } {
  if (prepared.length === 0) return { where: [], rank: null };
  return {
    where: prepared.flatMap((p, index) => {
      if (p.term.optional) return [];
      const condition = termCondition(p, descriptions);
      const words = prepared.filter((w) => w.term.wordOf === index);
      if (words.length === 0) return [condition];
      const allWords = Prisma.join(
        words.map((w) => termCondition(w, descriptions)),
        " AND ",
      );
      return [Prisma.sql`(${condition} OR (${allWords}))`];
    }),
    rank: relevanceScore(prepared),
  };
}

/**
 * Descriptions are searched when titles, occupations, places and employers give fewer results than this.
 * A description-only match always ranks below the others, and only the first 50 pages (1 000 results) can
 * be reached: for a broad word ("повар": 5 000 titles and occupations) the descriptions would add only
 * unreachable results and cost every search a scan of the largest index.
 */
export const descriptionSearchBelow = 100;

function filterConditions(query: SearchQuery, context: SearchContext): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`"validThrough" > now()`];
  if (query.country) where.push(Prisma.sql`"countryCode" = ${query.country}::"CountryCode"`);
  if (query.region) where.push(Prisma.sql`"regionCode" = ${query.region}`);
  if (query.city) where.push(Prisma.sql`"cityCode" = ${query.city}`);
  if (query.occupation) where.push(Prisma.sql`"occupationCode" = ${query.occupation}`);
  if (query.group) where.push(Prisma.sql`"majorGroup" = ${query.group}`);
  if (query.sector) where.push(Prisma.sql`sector = ${query.sector}::"Sector"`);
  if (query.type) where.push(Prisma.sql`"employmentType" = ${query.type}::"EmploymentType"`);
  if (query.pay) {
    const { kgs, kzt } = payInBothCurrencies(query.pay, query.currency ?? "KZT", context);
    where.push(
      Prisma.sql`"salaryPeriod" = 'MONTH' AND (("salaryCurrency" = 'KZT' AND "salaryTop" >= ${kzt}) OR ("salaryCurrency" = 'KGS' AND "salaryTop" >= ${kgs}))`,
    );
  }
  if (query.housing) where.push(Prisma.sql`"housingProvided"`);
  if (query.open) where.push(Prisma.sql`"openToOtherCountry"`);
  if (query.verified) where.push(Prisma.sql`verified`);
  if (query.noAgencies) where.push(Prisma.sql`"organizationKind" <> 'RECRUITMENT_AGENCY'`);
  if (query.days) where.push(Prisma.sql`"publishedAt" >= now() - make_interval(days => ${query.days})`);
  if (context.publishedBefore) where.push(Prisma.sql`"publishedAt" < ${context.publishedBefore}`);
  return where;
}

/** "At least X per month" in the currency asked, and the same amount in the other one. */
export function payInBothCurrencies(amount: number, currency: "KGS" | "KZT", context: SearchContext) {
  return currency === "KZT"
    ? { kzt: amount, kgs: amount / context.kgsToKzt }
    : { kgs: amount, kzt: amount * context.kgsToKzt };
}

function orderBy(query: SearchQuery, rank: Prisma.Sql | null): Prisma.Sql {
  if (query.sort === "salary") return Prisma.sql`"salarySortKzt" DESC NULLS LAST, "publishedAt" DESC, "vacancyId" DESC`;
  // Equal scores: a verified employer first, then stated pay, then the newest.
  if (query.sort === "relevance" && rank)
    return Prisma.sql`score DESC, verified DESC, ("salaryTop" IS NOT NULL) DESC, "publishedAt" DESC, "vacancyId" DESC`;
  return Prisma.sql`"publishedAt" DESC, "vacancyId" DESC`;
}

type HitRow = Omit<SearchHit, "id" | "salaryMin" | "salaryMax"> & {
  vacancyId: string;
  salaryMin: Prisma.Decimal | null;
  salaryMax: Prisma.Decimal | null;
};
type FacetRow = {
  grouping: number;
  country: string | null;
  region: string | null;
  group: string | null;
  sector: string | null;
  type: string | null;
  housing: boolean | null;
  open: boolean | null;
  verified: boolean | null;
  agency: boolean | null;
  n: number;
};

const facetColumns = ["country", "region", "group", "sector", "type", "housing", "open", "verified", "agency"] as const;
/** GROUPING() of the row that counts every match (the empty grouping set): every column's bit set. */
const allGrouped = (1 << facetColumns.length) - 1;

export function emptyFacets(): Facets {
  return Object.fromEntries(facetNames.map((name) => [name, {}])) as Facets;
}

/**
 * Facet counts of a search by filters alone, summed from SearchFacetCount (a few thousand combinations
 * instead of up to every vacancy). Null when a filter is not one of its columns (city, occupation, pay,
 * posting date): those count over the vacancies themselves. Vacancies past their date count until the
 * expiry job (every 10 minutes) takes them out of the index.
 */
function countedFacets(query: SearchQuery): Prisma.Sql | null {
  if (query.city || query.occupation || query.pay || query.days) return null;
  const where: Prisma.Sql[] = [Prisma.sql`n > 0`];
  if (query.country) where.push(Prisma.sql`"countryCode" = ${query.country}::"CountryCode"`);
  if (query.region) where.push(Prisma.sql`"regionCode" = ${query.region}`);
  if (query.group) where.push(Prisma.sql`"majorGroup" = ${query.group}`);
  if (query.sector) where.push(Prisma.sql`sector = ${query.sector}::"Sector"`);
  if (query.type) where.push(Prisma.sql`"employmentType" = ${query.type}::"EmploymentType"`);
  if (query.housing) where.push(Prisma.sql`"housingProvided"`);
  if (query.open) where.push(Prisma.sql`"openToOtherCountry"`);
  if (query.verified) where.push(Prisma.sql`verified`);
  if (query.noAgencies) where.push(Prisma.sql`NOT agency`);
  return Prisma.sql`
    SELECT GROUPING("countryCode", "regionCode", "majorGroup", sector, "employmentType", "housingProvided", "openToOtherCountry", verified, agency)::int AS grouping,
      "countryCode"::text AS country, "regionCode" AS region, "majorGroup" AS group, sector::text AS sector, "employmentType"::text AS type,
      "housingProvided" AS housing, "openToOtherCountry" AS open, verified, agency, sum(n)::int AS n
    FROM "SearchFacetCount" WHERE ${Prisma.join(where, " AND ")}
    GROUP BY GROUPING SETS (("countryCode"), ("regionCode"), ("majorGroup"), (sector), ("employmentType"), ("housingProvided"), ("openToOtherCountry"), (verified), (agency), ())`;
}

/** The two statements of a search (page of hits; facet counts and total), also run bare by the benchmark. */
export async function searchStatements(
  query: SearchQuery,
  context: SearchContext,
  options: { descriptions?: boolean } = {},
): Promise<{ hits: Prisma.Sql; facets: Prisma.Sql; stepped: boolean }> {
  const descriptions = options.descriptions ?? false;
  const prepared = await prepareTerms(context.terms);
  const text = textConditions(prepared, descriptions);
  const filters = filterConditions(query, context);
  const where = Prisma.join([...filters, ...text.where], " AND ");
  const pageSize = context.pageSize ?? searchPageSize;
  const offset = (query.page - 1) * pageSize;
  const columns = Prisma.sql`"vacancyId", title, language, "organizationName", "organizationKind", verified, "countryCode", "regionCode",
    "cityCode", "occupationCode", sector, "employmentType", "salaryMin", "salaryMax", "salaryCurrency", "salaryPeriod", "housingProvided",
    "openToOtherCountry", "publishedAt"`;
  const stepped =
    query.sort === "relevance" ? steppedHits(prepared, columns, filters, descriptions, pageSize, offset) : null;
  return {
    hits:
      stepped ??
      Prisma.sql`
      SELECT ${columns}, ${query.sort === "relevance" && text.rank ? text.rank : Prisma.sql`NULL::real`} AS score
      FROM "VacancySearch" WHERE ${where}
      ORDER BY ${orderBy(query, text.rank)} LIMIT ${pageSize} OFFSET ${offset}`,
    stepped: stepped !== null,
    // One pass over the matches counts every facet (and the total, in the empty grouping set); for filters
    // alone, a pass over the pre-counted combinations.
    facets:
      (context.withoutFacets
        ? Prisma.sql`SELECT ${allGrouped}::int AS grouping, count(*)::int AS n FROM "VacancySearch" WHERE ${where}`
        : null) ??
      (context.terms.length === 0 && !context.publishedBefore ? countedFacets(query) : null) ??
      Prisma.sql`
      SELECT GROUPING("countryCode", "regionCode", "majorGroup", sector, "employmentType", "housingProvided", "openToOtherCountry", verified, agency)::int AS grouping,
        "countryCode"::text AS country, "regionCode" AS region, "majorGroup" AS group, sector::text AS sector, "employmentType"::text AS type,
        "housingProvided" AS housing, "openToOtherCountry" AS open, verified, agency, count(*)::int AS n
      FROM (
        SELECT "countryCode", "regionCode", "majorGroup", sector, "employmentType", "housingProvided", "openToOtherCountry", verified,
          "organizationKind" = 'RECRUITMENT_AGENCY' AS agency
        FROM "VacancySearch" WHERE ${where}
      ) matches
      GROUP BY GROUPING SETS (("countryCode"), ("regionCode"), ("majorGroup"), (sector), ("employmentType"), ("housingProvided"), ("openToOtherCountry"), (verified), (agency), ())`,
  };
}

/**
 * Text statements run on bitmap index scans only: their conditions are ORs of many alternatives over two
 * tsvectors and three code columns, which PostgreSQL estimates far broader than they are; it would then read
 * the whole table and test every row (300 ms for a broad word, instead of 50 through the indexes). Parallel
 * plans are off too, so the stepped hits are read in order. SET LOCAL: this transaction only.
 */
function withBitmapScans<T>(
  text: boolean,
  run: (client: Prisma.TransactionClient | typeof db) => Promise<T>,
): Promise<T> {
  if (!text) return run(db);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true),
      set_config('max_parallel_workers_per_gather', '0', true)`;
    return run(tx);
  });
}

/** One search, with or without descriptions. */
async function runSearch(query: SearchQuery, context: SearchContext, descriptions: boolean): Promise<SearchResult> {
  const statements = await searchStatements(query, context, { descriptions });
  const text = context.terms.length > 0;
  const [rows, facetRows] = await Promise.all([
    withBitmapScans(text, (client) => client.$queryRaw<HitRow[]>(statements.hits)),
    withBitmapScans(text, (client) => client.$queryRaw<FacetRow[]>(statements.facets)),
  ]);
  const facets = emptyFacets();
  let total = 0;
  for (const row of facetRows) {
    if (row.grouping === allGrouped) {
      total = row.n;
      continue;
    }
    // GROUPING() has a 0 bit for the one grouped column; the leftmost column is the highest bit.
    const index = facetColumns.findIndex((_, i) => (row.grouping & (1 << (facetColumns.length - 1 - i))) === 0);
    const name = facetColumns[index]!;
    const value = row[name];
    if (value !== null && value !== undefined) facets[name][String(value)] = row.n;
  }
  return {
    hits: rows.map(({ vacancyId, salaryMin, salaryMax, ...rest }) => ({
      ...rest,
      id: vacancyId,
      salaryMin: salaryMin === null ? null : Number(salaryMin),
      salaryMax: salaryMax === null ? null : Number(salaryMax),
    })),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / searchPageSize)),
    facets,
    engine: "postgres",
  };
}

export const postgresEngine: SearchEngine = {
  name: "postgres",

  async search(query, context): Promise<SearchResult> {
    let result = await runSearch(query, context, false);
    if (context.terms.length > 0 && result.total < descriptionSearchBelow)
      result = await runSearch(query, context, true);
    return result;
  },
  async suggest(prefix, limit = 8) {
    const start = skeleton(prefix);
    if (start.length < 2) return [];
    const rows = await db.$queryRaw<Suggestion[]>`
      SELECT title, mode() WITHIN GROUP (ORDER BY language::text) AS language FROM "VacancySearch"
      WHERE "validThrough" > now() AND ("titleSkeleton" LIKE ${`${start}%`} OR "matchText" LIKE ${`% ${start}%`})
      GROUP BY title ORDER BY count(*) DESC, title LIMIT ${limit}`;
    return rows;
  },

  async sync(vacancyIds) {
    await refreshSearchEntries(db, vacancyIds);
  },

  async rebuild() {
    return db.$transaction((tx) => rebuildSearchEntries(tx), { timeout: 600_000 });
  },
};
