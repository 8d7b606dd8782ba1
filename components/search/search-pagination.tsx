import { getTranslations } from "next-intl/server";
import { secondaryButtonClass } from "@/components/ui/field";
import { Link } from "@/lib/i18n/navigation";
import { searchQueryString, type SearchQuery } from "@/lib/search/query";

/** Previous / "page N of M" / next, as links (the URL holds the page). */
export async function SearchPagination({
  query,
  page,
  pageCount,
}: {
  query: SearchQuery;
  page: number;
  pageCount: number;
}) {
  const t = await getTranslations("list");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-2 pt-2" data-results-paging>
      {page > 1 ? (
        <Link
          href={`/vacancies${searchQueryString(query, { page: page - 1 })}`}
          rel="prev"
          className={secondaryButtonClass}
        >
          <span aria-hidden="true">←</span> {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link
          href={`/vacancies${searchQueryString(query, { page: page + 1 })}`}
          rel="next"
          className={secondaryButtonClass}
        >
          {t("next")} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
