import "server-only";
import { getCurrentExchangeRate } from "@/lib/money/get-current-exchange-rate";
import { withSearchFallback } from "./engine";
import type { SearchContext, SearchResult } from "./port";
import { activeFilters, type FilterKey, type SearchQuery } from "./query";
import { queryTerms } from "./spelling";

type ExchangeRate = Awaited<ReturnType<typeof getCurrentExchangeRate>>;

/** What both engines need to answer a query the same way: the exchange rate and the query's terms. */
export async function searchContext(
  q: string | undefined,
): Promise<SearchContext & { corrected: Record<string, string>; exchangeRate: ExchangeRate }> {
  const [exchangeRate, { terms, corrected }] = await Promise.all([getCurrentExchangeRate(), queryTerms(q)]);
  // Without a rate, pay in the other currency cannot be compared: it then never matches a pay filter.
  return { kgsToKzt: exchangeRate?.rate ?? Number.POSITIVE_INFINITY, terms, corrected, exchangeRate };
}

/**
 * Public vacancy search: the configured engine, PostgreSQL when Meilisearch is unavailable. The result
 * carries the exchange rate it compared pay with, for showing pay in the other currency.
 */
export async function searchVacancies(
  query: SearchQuery,
): Promise<SearchResult & { corrected: Record<string, string>; exchangeRate: ExchangeRate }> {
  const context = await searchContext(query.q);
  const result = await withSearchFallback((engine) => engine.search(query, context));
  return { ...result, corrected: context.corrected, exchangeRate: context.exchangeRate };
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

/** Titles to suggest while typing. */
export async function suggestSearches(prefix: string): Promise<string[]> {
  if (prefix.trim().length < 2 || prefix.length > 100) return [];
  return withSearchFallback((engine) => engine.suggest(prefix, 8));
}
