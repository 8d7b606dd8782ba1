import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SubscribeForm } from "@/components/alerts/subscribe-form";
import { GetForm } from "@/components/forms/get-form";
import { ActiveFilters, filterLabel } from "@/components/search/active-filters";
import { FeedLink } from "@/components/search/feed-link";
import { FilterDisclosure } from "@/components/search/filter-disclosure";
import { FilterPanel } from "@/components/search/filter-panel";
import { NoResults } from "@/components/search/no-results";
import { ResultCard } from "@/components/search/result-card";
import { ResultList } from "@/components/search/result-list";
import { resultsHeadingId, ResultsToolbar } from "@/components/search/results-toolbar";
import { SearchBox } from "@/components/search/search-box";
import { SearchPagination } from "@/components/search/search-pagination";
import { buttonClass } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { placeNames } from "@/lib/reference/place-names";
import { vacancyHrefFromSearch } from "@/lib/search/back-link";
import { highlight } from "@/lib/search/highlight";
import {
  activeFilters,
  maxSearchPage,
  parseSearchQuery,
  searchQueryString,
  withoutEmptyParameters,
} from "@/lib/search/query";
import { searchVacancies, suggestRelaxations } from "@/lib/search/search-vacancies";
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

const suggestionCounts = Array.from({ length: 9 }, (_, count) => count);

// GET /[locale]/vacancies – search: text with suggestions, facets, removable filters, sort, paging; all in the URL
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const requested = await searchParams;
  // A GET form without JavaScript sends its empty fields too: the URL to share and bookmark is without them.
  const clean = withoutEmptyParameters(requested);
  if (clean !== null) redirect(`/${locale}/vacancies${clean}`);
  const query = parseSearchQuery(requested);
  const [t, result, places, messages] = await Promise.all([
    getTranslations(),
    searchVacancies(query),
    placeNames(),
    getMessages(),
  ]);
  const pageCount = Math.min(result.pageCount, maxSearchPage);
  // Past the last page (an old link, a hand-edited URL): the last page there is.
  if (query.page > pageCount) redirect(`/${locale}/vacancies${searchQueryString(query, { page: pageCount })}`);
  const page = query.page;
  const relaxations = result.total === 0 ? await suggestRelaxations(query) : [];
  const relaxationLabels = await Promise.all(relaxations.map((r) => filterLabel(query, r.drop, places)));
  const corrections = Object.values(result.corrected);
  const now = Date.now();
  const kept = new URLSearchParams(searchQueryString(query, { q: undefined, page: 1 }).slice(1));

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold sm:text-2xl">{t("list.title")}</h1>
      <GetForm action={`/${locale}/vacancies`} role="search" className="flex gap-2">
        <SearchBox
          defaultValue={query.q}
          label={t("home.searchLabel")}
          placeholder={t("home.searchPlaceholder")}
          countTexts={suggestionCounts.map((count) => t("search.suggestionCount", { count }))}
        />
        {[...kept].map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" className={buttonClass}>
          {t("home.searchButton")}
        </button>
      </GetForm>
      {/* On a phone: the count and the chosen filters first, the (closed) filters next, then the results. */}
      <ResultsToolbar query={query} total={result.total} page={page} pageCount={pageCount} />
      <FeedLink query={query} />
      <ActiveFilters query={query} places={places} />
      <div className="grid gap-4 lg:grid-cols-[18rem_1fr] lg:items-start">
        <FilterDisclosure
          summary={
            <Panel
              as="summary"
              tone="strong"
              padding="none"
              className="mb-2 flex min-h-11 cursor-pointer items-center justify-between gap-2 px-4 py-2 font-medium"
            >
              <span>{t("search.filters")}</span>
              <span aria-hidden="true" className="text-slate-600 group-open:rotate-180">
                ▾
              </span>
            </Panel>
          }
        >
          <FilterPanel query={query} facets={result.facets} places={places} />
        </FilterDisclosure>
        <section aria-labelledby={resultsHeadingId} className="space-y-3">
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
            <NoResults query={query} relaxations={relaxations.map((r, i) => ({ ...r, label: relaxationLabels[i]! }))} />
          ) : (
            <ResultList>
              {result.hits.map((hit) => (
                <li key={hit.id}>
                  <ResultCard
                    hit={hit}
                    href={vacancyHrefFromSearch(hit.id, query)}
                    title={highlight(hit.title, result.terms)}
                    snippet={result.snippets[hit.id]}
                    rate={result.exchangeRate}
                    places={places}
                    now={now}
                  />
                </li>
              ))}
            </ResultList>
          )}
          <SearchPagination query={query} page={page} pageCount={pageCount} />
          <NextIntlClientProvider
            messages={{ alerts: messages.alerts, validation: messages.validation, errors: messages.errors }}
          >
            <SubscribeForm query={searchQueryString(query, { page: 1, sort: undefined })} />
          </NextIntlClientProvider>
        </section>
      </div>
    </div>
  );
}
