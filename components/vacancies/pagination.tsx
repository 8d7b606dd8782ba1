import { getTranslations } from "next-intl/server";
import { secondaryButtonClass } from "@/components/ui/field";
import { Link } from "@/lib/i18n/navigation";
import { vacancyListQuery, type VacancyListFilters } from "@/lib/vacancies/schemas";

export async function Pagination({ filters, pageCount }: { filters: VacancyListFilters; pageCount: number }) {
  const t = await getTranslations("list");
  if (pageCount <= 1) return null;
  const page = Math.min(filters.page, pageCount);
  const href = (target: number) => `/vacancies${vacancyListQuery({ ...filters, page: target })}`;
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={secondaryButtonClass}>
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">{t("pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={secondaryButtonClass}>
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
