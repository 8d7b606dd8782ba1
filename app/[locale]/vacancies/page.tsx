import type { Metadata } from "next";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { ActiveFilters, filterLabel, withoutFilter } from "@/components/search/active-filters";
import { SelectField } from "@/components/forms/select-field";
import { FilterPanel } from "@/components/search/filter-panel";
import { ResultCard } from "@/components/search/result-card";
import { SearchBox } from "@/components/search/search-box";
import { buttonClass, secondaryButtonClass } from "@/components/ui/field";
import { Link } from "@/lib/i18n/navigation";
import { placeNames } from "@/lib/reference/place-names";
import { highlight } from "@/lib/search/highlight";
import { activeFilters, maxSearchPage, parseSearchQuery, searchQueryString, sortOrders } from "@/lib/search/query";
import { searchVacancies, suggestRelaxations } from "@/lib/search/search-vacancies";
import { Panel } from "@/components/ui/panel";
import { searchMetadata } from "@/lib/seo/search-metadata";

// Reads live data on every request (published vacancies change all the time).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = parseSearchQuery(await searchParams);
  const places = await placeNames();
  const labels = await Promise.all(activeFilters(query).map((key) => filterLabel(query, key, places)));
  return searchMetadata(query, labels, locale);
}

// GET /[locale]/vacancies – search: text with suggestions, facets, removable filters, sort, paging; all in the URL
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = parseSearchQuery(await searchParams);
  const [t, result, places, current] = await Promise.all([
    getTranslations(),
    searchVacancies(query),
    placeNames(),
    getLocale(),
  ]);
  const relaxations = result.total === 0 ? await suggestRelaxations(query) : [];
  const relaxationLabels = await Promise.all(relaxations.map((r) => filterLabel(query, r.drop, places)));
  const corrections = Object.values(result.corrected);
  const now = Date.now();
  const pageCount = Math.min(result.pageCount, maxSearchPage);
  const page = Math.min(query.page, pageCount);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("list.title")}</h1>
      <form method="get" action={`/${current}/vacancies`} role="search" className="flex gap-2">
        <SearchBox defaultValue={query.q} label={t("home.searchLabel")} placeholder={t("home.searchPlaceholder")} />
        {Object.entries(
          Object.fromEntries(new URLSearchParams(searchQueryString(query, { q: undefined, page: 1 }).slice(1))),
        ).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" className={buttonClass}>
          {t("home.searchButton")}
        </button>
      </form>
      <ActiveFilters query={query} places={places} />
      <div className="grid gap-4 lg:grid-cols-[18rem_1fr]">
        <details className="group" open={activeFilters(query).length > 0}>
          <Panel as="summary" tone="strong" padding="none" className="mb-2 cursor-pointer px-4 py-2 font-medium">
            {t("search.filters")}
          </Panel>
          <FilterPanel query={query} facets={result.facets} places={places} />
        </details>
        <section aria-labelledby="results-heading" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="results-heading" className="text-sm text-slate-700" role="status" data-testid="result-count">
              {t("list.found", { count: result.total })}
            </h2>
            <form method="get" action={`/${current}/vacancies`} className="flex items-center gap-2">
              {Object.entries(
                Object.fromEntries(
                  new URLSearchParams(searchQueryString(query, { sort: undefined, page: 1 }).slice(1)),
                ),
              ).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <SelectField
                id="sort"
                name="sort"
                label={t("search.sortBy")}
                defaultValue={query.sort}
                options={sortOrders.map((order) => [order, t(`search.sort.${order}`)] as const)}
                autoSubmit
                inline
              />
              <noscript>
                <button type="submit" className={secondaryButtonClass}>
                  {t("list.apply")}
                </button>
              </noscript>
            </form>
          </div>
          {corrections.length > 0 && (
            <p className="text-sm text-slate-700" data-testid="corrected">
              {t("search.correctedTo", { words: corrections.join(", ") })}
            </p>
          )}
          {result.ignored.length > 0 && (
            <p className="text-sm text-slate-700" data-testid="ignored-words">
              {t("search.ignoredWords", { words: result.ignored.join(", ") })}
            </p>
          )}
          {result.relaxed.length > 0 && (
            <p className="text-sm text-slate-700" data-testid="relaxed-words">
              {t("search.relaxedWords", { words: result.relaxed.join(" ") })}
            </p>
          )}
          {result.total === 0 ? (
            <Panel as="div" tone="empty" padding="xl">
              <p className="font-medium">{t("list.emptyTitle")}</p>
              {relaxations.length > 0 ? (
                <ul className="mt-2 space-y-1 text-sm">
                  {relaxations.map((relaxation, i) => (
                    <li key={relaxation.drop}>
                      <Link href={withoutFilter(query, relaxation.drop)} className="text-brand-700 underline">
                        {t("search.relax", { filter: relaxationLabels[i]!, count: relaxation.total })}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1 text-sm text-slate-600">{t("list.emptyHint")}</p>
              )}
            </Panel>
          ) : (
            <ol className="space-y-3">
              {result.hits.map((hit) => (
                <li key={hit.id}>
                  <ResultCard
                    hit={hit}
                    title={highlight(hit.title, result.terms)}
                    snippet={result.snippets[hit.id]}
                    rate={result.exchangeRate}
                    places={places}
                    now={now}
                  />
                </li>
              ))}
            </ol>
          )}
          {pageCount > 1 && (
            <nav aria-label={t("list.pagination")} className="flex items-center justify-between gap-2 pt-2">
              {page > 1 ? (
                <Link
                  href={`/vacancies${searchQueryString(query, { page: page - 1 })}`}
                  rel="prev"
                  className={secondaryButtonClass}
                >
                  ← {t("list.previous")}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-sm text-slate-600">{t("list.pageOf", { page, pageCount })}</span>
              {page < pageCount ? (
                <Link
                  href={`/vacancies${searchQueryString(query, { page: page + 1 })}`}
                  rel="next"
                  className={secondaryButtonClass}
                >
                  {t("list.next")} →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}
