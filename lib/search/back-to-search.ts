// "Back to results" on a vacancy page, computed in the browser: the vacancy page is cached for every
// visitor, so it cannot read its own query string on the server. No zod here (this ships to phones): the
// link keeps only the search page's own parameter names and short values, and the search page validates
// them as it validates any URL. The path is fixed, so `from` can never lead to another page or site.

/** The name of the query parameter that carries the search to the vacancy page. */
export const fromParameter = "from";

/** The search page's parameters (lib/search/query.ts; a test keeps the two lists equal). */
export const searchParameterNames = [
  "q",
  "country",
  "region",
  "city",
  "occupation",
  "group",
  "sector",
  "type",
  "pay",
  "currency",
  "housing",
  "open",
  "verified",
  "noAgencies",
  "days",
  "sort",
  "page",
] as const;

const maxFromLength = 1000;
const maxValueLength = 100;

/**
 * Where "back to results" leads: the search the visitor came from (`from` in the vacancy page's URL), or
 * the list of all vacancies. A locale-less path for next-intl's Link.
 */
export function backToSearchHref(searchParams: URLSearchParams | Record<string, string | string[] | undefined>) {
  const raw = searchParams instanceof URLSearchParams ? searchParams.get(fromParameter) : searchParams[fromParameter];
  const from = Array.isArray(raw) ? raw[0] : raw;
  if (!from || from.length > maxFromLength) return "/vacancies";
  const given = new URLSearchParams(from);
  const kept = new URLSearchParams();
  for (const name of searchParameterNames) {
    const value = given.get(name)?.trim();
    if (value && value.length <= maxValueLength) kept.set(name, value);
  }
  return kept.size ? `/vacancies?${kept}` : "/vacancies";
}
