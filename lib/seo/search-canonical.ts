import { activeFilters, searchQueryString, type SearchQuery } from "@/lib/search/query";

// Which search pages search engines should have (docs/decisions/0017):
// - The canonical URL keeps what decides the results (text, filters) and the page number: page 2 lists other
//   vacancies than page 1, and Google asks paginated pages to be canonical to themselves, not to page 1.
//   It drops the sort order: the same vacancies in another order are the same page.
// - Pages with typed text are not indexed (anyone could link "?q=<anything>" and have the words in our
//   titles), nor volatile or deep filter combinations; a country, a sector or a place (two at most) are landing
//   pages worth finding. Not indexed pages are still followed, so the vacancies on them are found.

export function canonicalSearch(query: SearchQuery): string {
  return searchQueryString(query, { sort: undefined });
}

const maxIndexedFilters = 2;
const volatileFilters = new Set(["pay", "days", "verified", "noAgencies"]);

export function isIndexableSearch(query: SearchQuery): boolean {
  const filters = activeFilters(query);
  return !query.q && filters.length <= maxIndexedFilters && !filters.some((key) => volatileFilters.has(key));
}
