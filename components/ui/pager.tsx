import { getTranslations } from "next-intl/server";
import { secondaryButtonClass } from "@/components/ui/field";
import { Link } from "@/lib/i18n/navigation";

/**
 * Previous / "page N of M" / next, as links that keep the list's filters (the URL holds the page).
 * `hrefFor` gives a page's address without the locale.
 */
export async function Pager({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  const t = await getTranslations("list");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-2 pt-2">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={secondaryButtonClass}>
          <span aria-hidden="true">←</span> {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-center text-sm text-slate-700">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={secondaryButtonClass}>
          {t("next")} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
