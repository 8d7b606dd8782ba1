import { getLocale, getTranslations } from "next-intl/server";
import { GetForm } from "@/components/forms/get-form";
import { SelectField } from "@/components/forms/select-field";
import { ResultsAnnouncer } from "@/components/search/results-announcer";
import { secondaryButtonClass } from "@/components/ui/field";
import { searchQueryString, sortOrders, type SearchQuery } from "@/lib/search/query";

export const resultsHeadingId = "results-heading";

type Props = { query: SearchQuery; total: number; page: number; pageCount: number };

/**
 * Above the results: how many were found (a real h2, the heading of the results; the cards are h3) with a
 * live region beside it for changes without a page load, and the sort order.
 */
export async function ResultsToolbar({ query, total, page, pageCount }: Props) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const found = t("list.found", { count: total });
  const announcement = pageCount > 1 ? `${found}. ${t("list.pageOf", { page, pageCount })}` : found;
  const kept = new URLSearchParams(searchQueryString(query, { sort: undefined, page: 1 }).slice(1));
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
      <h2 id={resultsHeadingId} tabIndex={-1} className="text-lg font-semibold" data-testid="result-count">
        {found}
      </h2>
      <ResultsAnnouncer text={announcement} headingId={resultsHeadingId} />
      {total > 1 && (
        <GetForm action={`/${locale}/vacancies`} className="flex flex-wrap items-center gap-2">
          {[...kept].map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <SelectField
            id="sort"
            name="sort"
            label={t("search.sortBy")}
            // The default order is the empty value: it stays out of the URL.
            defaultValue={query.sort === "relevance" ? "" : query.sort}
            options={sortOrders.map(
              (order) => [order === "relevance" ? "" : order, t(`search.sort.${order}`)] as const,
            )}
            autoSubmit={{ apply: t("list.apply") }}
            inline
          />
          <noscript>
            <button type="submit" className={secondaryButtonClass}>
              {t("list.apply")}
            </button>
          </noscript>
        </GetForm>
      )}
    </div>
  );
}
