import { parseSearchQuery, searchQueryString, type SearchQuery } from "@/lib/search/query";

/**
 * The search an alert keeps, as the search page would write it, without what does not change which
 * vacancies match (page, sort): two forms of the same search are the same subscription.
 */
export function canonicalAlertQuery(text: string): string {
  const query = parseAlertQuery(text);
  return searchQueryString({ ...query, page: 1, sort: "relevance" });
}

/** A stored alert query as the search engines take it. */
export function parseAlertQuery(text: string): SearchQuery {
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(text.replace(/^\?/, ""))) params[key] ??= value;
  return parseSearchQuery(params);
}
