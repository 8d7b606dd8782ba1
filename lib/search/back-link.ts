import { fromParameter } from "./back-to-search";
import { searchQueryString, type SearchQuery } from "./query";

// "Back to results": a result links to its vacancy with the search it was found by, so the vacancy page can
// link back to exactly that search (text, filters, sort and page), also in a new tab.
//
// Contract between the search page and the vacancy page:
// - The link from a result is `/vacancies/<id>?from=<search>`, where <search> is the search's canonical query
//   string (searchQueryString without its "?", URL-encoded as one parameter). A search with no parameters
//   (the first page of all vacancies) adds no `from`.
// - The vacancy page is cached for everyone, so the browser reads `from` (components/vacancies/back-to-results.tsx
//   with backToSearchHref, lib/search/back-to-search.ts): the answer is always "/vacancies" plus the search
//   page's own parameters, never another path or site; without JavaScript the link leads to all vacancies.
// - `from` is not part of the vacancy's identity: the vacancy page's canonical URL leaves it out.

/** The link from a search result to its vacancy, carrying the search in `from` (see the contract above). */
export function vacancyHrefFromSearch(vacancyId: string, query: Partial<SearchQuery>): string {
  const search = searchQueryString(query).slice(1);
  const path = `/vacancies/${encodeURIComponent(vacancyId)}`;
  return search ? `${path}?${new URLSearchParams({ [fromParameter]: search })}` : path;
}
