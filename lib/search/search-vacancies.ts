import "server-only";
import { getCurrentExchangeRate } from "@/lib/money/get-current-exchange-rate";
import { memoizedAnswer } from "./answer-memo";
import { withSearchFallback } from "./engine";
import { db } from "@/lib/server/db";
import { highlight, snippet, type Segment } from "./highlight";
import type { SearchContext, SearchHit, SearchResult, Suggestion } from "./port";
import { activeFilters, type FilterKey, type SearchQuery } from "./query";
import { queryTerms, type QueryTerm } from "./query-terms";
import { skeleton } from "./skeleton";

type ExchangeRate = Awaited<ReturnType<typeof getCurrentExchangeRate>>;

/** What both engines need to answer a query the same way: the exchange rate and the query's terms. */
export async function searchContext(
  q: string | undefined,
): Promise<SearchContext & { corrected: Record<string, string>; ignored: string[]; exchangeRate: ExchangeRate }> {
  const [exchangeRate, { terms, corrected, ignored }] = await Promise.all([getCurrentExchangeRate(), queryTerms(q)]);
  // Without a rate, pay in the other currency cannot be compared: it then never matches a pay filter.
  return { kgsToKzt: exchangeRate?.rate ?? Number.POSITIVE_INFINITY, terms, corrected, ignored, exchangeRate };
}

export type VacancySearchResult = SearchResult & {
  corrected: Record<string, string>;
  /** Typed words the index knows in no form: searched without them. */
  ignored: string[];
  /** No vacancy had every word: these were not required (they still count where present). */
  relaxed: string[];
  exchangeRate: ExchangeRate;
  /** What the query was understood as: for highlighting what matched. */
  terms: QueryTerm[];
  /** For results found by their description: the passage that matched, highlighted, by vacancy id. */
  snippets: Record<string, Segment[]>;
};

/**
 * Public vacancy search: the configured engine, PostgreSQL when Meilisearch is unavailable. The result
 * carries the exchange rate it compared pay with, for showing pay in the other currency.
 */
export async function searchVacancies(
  query: SearchQuery,
  options: { pageSize?: number } = {},
): Promise<VacancySearchResult> {
  return memoizedAnswer(`search:${JSON.stringify([query, options])}`, () => answerSearch(query, options));
}

async function answerSearch(query: SearchQuery, options: { pageSize?: number }): Promise<VacancySearchResult> {
  const context = { ...(await searchContext(query.q)), ...options };
  let result = await withSearchFallback((engine) => engine.search(query, context));
  let relaxed: string[] = [];
  if (result.total === 0) {
    const partial = await withoutOneTerm(query, context);
    if (partial) ({ result, relaxed } = partial);
  }
  return {
    ...result,
    relaxed: asTyped(query.q, relaxed),
    corrected: context.corrected,
    ignored: asTyped(query.q, context.ignored),
    exchangeRate: context.exchangeRate,
    terms: context.terms,
    snippets: await descriptionSnippets(result.hits, context.terms),
  };
}

/**
 * When no vacancy has every word of a query of several, the best of the searches in which one word is not
 * required (it still adds to the score where present): the seeker sees the closest vacancies and is told
 * which word was not found with the others, instead of an empty page.
 */
async function withoutOneTerm(query: SearchQuery, context: SearchContext) {
  const required = context.terms.filter((t) => !t.optional);
  if (required.length < 2) return null;
  const tries = await Promise.all(
    required.map(async (term) => {
      const terms = context.terms.map((t) => (t === term ? { ...t, optional: true } : t));
      const result = await withSearchFallback((engine) => engine.search(query, { ...context, terms }));
      return { result, relaxed: term.typed };
    }),
  );
  // The best try is the one whose best vacancy matches the remaining words most strongly (in titles rather
  // than descriptions), not the one with most results: that would keep generic words and drop the job.
  const strength = (t: (typeof tries)[number]) => (t.result.total > 0 ? (t.result.hits[0]?.score ?? 0) : -1);
  const best = tries.reduce((a, b) => (strength(b) > strength(a) ? b : a));
  return best.result.total > 0 ? best : null;
}

/** The words of the query as the seeker typed them, for these skeleton words (what the page shows back). */
function asTyped(q: string | undefined, skeletons: string[]): string[] {
  if (skeletons.length === 0) return [];
  return (q ?? "").split(/\s+/).filter((word) => skeletons.includes(skeleton(word)));
}

/** Passages of the descriptions of hits whose title does not show every term. */
async function descriptionSnippets(hits: SearchHit[], terms: QueryTerm[]): Promise<Record<string, Segment[]>> {
  const needed = hits.filter((hit) => terms.some((term) => !highlight(hit.title, [term]).some((s) => s.match)));
  if (needed.length === 0) return {};
  const rows = await db.vacancy.findMany({
    where: { id: { in: needed.map((hit) => hit.id) } },
    select: { id: true, description: true },
  });
  const out: Record<string, Segment[]> = {};
  for (const row of rows) {
    const passage = row.description ? snippet(row.description, terms) : null;
    if (passage) out[row.id] = passage;
  }
  return out;
}

export type Relaxation = { drop: FilterKey | "q"; total: number };

/**
 * For an empty result: what removing one condition at a time would give, best first, so the page can
 * say "without the region filter there are 37 vacancies" instead of a dead end.
 */
export async function suggestRelaxations(query: SearchQuery): Promise<Relaxation[]> {
  const context = await searchContext(query.q);
  const withoutText = { ...context, terms: [] };
  const candidates: (FilterKey | "q")[] = [...activeFilters(query), ...(query.q ? (["q"] as const) : [])];
  const results = await Promise.all(
    candidates.map(async (drop) => {
      const relaxed = {
        ...query,
        page: 1,
        [drop]:
          drop === "housing" || drop === "open" || drop === "verified" || drop === "noAgencies" ? false : undefined,
      };
      const result = await withSearchFallback((engine) => engine.search(relaxed, drop === "q" ? withoutText : context));
      return { drop, total: result.total };
    }),
  );
  return results
    .filter((r) => r.total > 0)
    .sort((a, b) => b.total - a.total)
    .slice(0, 3);
}

/** Titles to suggest while typing, each with its language. */
export async function suggestSearches(prefix: string): Promise<Suggestion[]> {
  if (prefix.trim().length < 2 || prefix.length > 100) return [];
  return memoizedAnswer(`suggest:${prefix.trim().toLowerCase()}`, () =>
    withSearchFallback((engine) => engine.suggest(prefix, 8)),
  );
}
