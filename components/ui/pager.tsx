import { getTranslations } from "next-intl/server";
import { secondaryButtonClass } from "@/components/ui/field";
import { Link } from "@/lib/i18n/navigation";

/** Previous / "page N of M" / next as links that keep the list's filters (the URL holds the page). */
export async function Pager({
  path,
  params,
  page,
  pageCount,
}: {
  /** The list's path without the locale */
  path: string;
  /** The list's filters as they are in the URL (empty ones are left out) */
  params: Record<string, string | number | undefined>;
  page: number;
  pageCount: number;
}) {
  const t = await getTranslations("list");
  if (pageCount <= 1) return null;
  const href = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...params, page: target > 1 ? target : undefined })) {
      if (value !== undefined && String(value) !== "") query.set(key, String(value));
    }
    const text = query.toString();
    return text ? `${path}?${text}` : path;
  };
  return (
    <nav aria-label={t("pagination")} className="flex items-center justify-between gap-2 pt-2">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={secondaryButtonClass}>
          <span aria-hidden="true">←</span> {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={secondaryButtonClass}>
          {t("next")} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
