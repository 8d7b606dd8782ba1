import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Pagination } from "@/components/vacancies/pagination";
import { VacancyCard } from "@/components/vacancies/vacancy-card";
import { VacancyFilters } from "@/components/vacancies/vacancy-filters";
import { getCurrentExchangeRate } from "@/lib/money/get-current-exchange-rate";
import { listRegions } from "@/lib/reference/list-regions";
import { findPublishedVacancies } from "@/lib/vacancies/find-published-vacancies";
import { parseVacancyListFilters } from "@/lib/vacancies/schemas";

// Reads live data on every request (published vacancies change all the time).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "list" });
  return { title: t("title") };
}

// GET /[locale]/vacancies – the public vacancy list with filters and paging
export default async function VacanciesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = parseVacancyListFilters(await searchParams);
  const [t, result, regions, rate] = await Promise.all([
    getTranslations("list"),
    findPublishedVacancies(filters),
    listRegions(),
    getCurrentExchangeRate(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <VacancyFilters filters={filters} regions={regions} />
      <p className="text-sm text-slate-700" role="status" data-testid="result-count">
        {t("found", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
          <p className="font-medium">{t("emptyTitle")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("emptyHint")}</p>
        </div>
      ) : (
        <ol className="space-y-3">
          {result.items.map((vacancy) => (
            <li key={vacancy.id}>
              <VacancyCard vacancy={vacancy} rate={rate} />
            </li>
          ))}
        </ol>
      )}
      <Pagination filters={filters} pageCount={result.pageCount} />
    </div>
  );
}
