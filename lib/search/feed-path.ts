import { searchQueryString, type SearchQuery } from "./query";

/**
 * The Atom feed of a search: `/ru/vacancies/feed?q=…&country=…`. The feed is always the newest vacancies,
 * first page, so the sort order and the page are left out (one address per search, whatever page it is on).
 */
export function vacancyFeedPath(locale: string, query: Partial<SearchQuery>): string {
  return `/${locale}/vacancies/feed${searchQueryString(query, { sort: undefined, page: 1 })}`;
}

/** The search page that shows what the feed carries: the same search, newest first. */
export function feedSearchPagePath(locale: string, query: Partial<SearchQuery>): string {
  return `/${locale}/vacancies${searchQueryString(query, { sort: "newest", page: 1 })}`;
}
