import { parseSearchQuery, searchQueryString, type SearchQuery } from "./query";

// "Back to results": a result links to its vacancy with the search it was found by, so the vacancy page can
// link back to exactly that search (text, filters, sort and page), also without JavaScript and in a new tab.
//
// Contract between the search page and the vacancy page:
// - The link from a result is `/vacancies/<id>?from=<search>`, where <search> is the search's canonical query
//   string (searchQueryString without its "?", URL-encoded as one parameter). A search with no parameters
//   (the first page of all vacancies) adds no `from`.
// - The vacancy page passes its searchParams to backToSearchHref and uses the answer as the href of a
//   next-intl Link: `<Link href={backToSearchHref(await searchParams)}>`. The answer is a path without the
//   locale ("/vacancies?q=повар&country=KZ"); the Link adds the locale being shown.
// - `from` is read, never trusted: it is parsed like the search page's own URL (unknown or malformed values
//   dropped) and written out again, so the answer is always "/vacancies" plus known search parameters: never
//   another path or site. A missing, empty or unreadable `from` gives "/vacancies".
// - `from` is not part of the vacancy's identity: the vacancy page's canonical URL leaves it out.

/** The name of the query parameter that carries the search to the vacancy page. */
export const fromParameter = "from";

const maxFromLength = 1000;

/** The link from a search result to its vacancy, carrying the search in `from` (see the contract above). */
export function vacancyHrefFromSearch(vacancyId: string, query: Partial<SearchQuery>): string {
  const search = searchQueryString(query).slice(1);
  const path = `/vacancies/${encodeURIComponent(vacancyId)}`;
  return search ? `${path}?${new URLSearchParams({ [fromParameter]: search })}` : path;
}

/**
 * Where "back to results" on a vacancy page leads: the search the visitor came from (`from` in the vacancy
 * page's searchParams), or the list of all vacancies. A locale-less path for next-intl's Link.
 */
export function backToSearchHref(
  searchParams: Record<string, string | string[] | undefined> | URLSearchParams,
): string {
  const raw = searchParams instanceof URLSearchParams ? searchParams.get(fromParameter) : searchParams[fromParameter];
  const from = Array.isArray(raw) ? raw[0] : raw;
  if (!from || from.length > maxFromLength) return "/vacancies";
  const query = parseSearchQuery(Object.fromEntries(new URLSearchParams(from)));
  return `/vacancies${searchQueryString(query)}`;
}
