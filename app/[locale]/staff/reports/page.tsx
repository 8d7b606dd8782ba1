import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReportCaseFilters } from "@/components/staff/report-case-filters";
import { ReportCaseList } from "@/components/staff/report-case-list";
import { Pager } from "@/components/ui/pager";
import { firstValues, listHref } from "@/lib/pages/list-params";
import { Panel } from "@/components/ui/panel";
import { requireStaffPage } from "@/lib/access/pages";
import { staffPageTitle } from "@/lib/pages/staff-page-title";
import { listReportCases } from "@/lib/reports/list-report-cases";

export const dynamic = "force-dynamic";

export const generateMetadata = staffPageTitle("reportsTitle");

// GET /[locale]/staff/reports – report cases of the moderator's countries, one per vacancy; the archive
export default async function ReportCasesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  const query = await firstValues(searchParams);
  const [t, result] = await Promise.all([getTranslations(), listReportCases(actor, query)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("staff.reportsTitle")}</h1>
      <ReportCaseFilters filter={result.filter} jurisdictions={actor.jurisdictions} />
      <p className="text-sm text-slate-700" role="status">
        {t(result.filter.state === "open" ? "staff.casesOpenCount" : "staff.casesClosedCount", { count: result.total })}
      </p>
      {result.cases.length === 0 ? (
        <Panel tone="empty">{t("staff.reportsEmpty")}</Panel>
      ) : (
        <ReportCaseList cases={result.cases} />
      )}
      <Pager
        page={result.page}
        pageCount={result.pages}
        hrefFor={(to) => listHref("/staff/reports", { ...result.filter, page: undefined }, to)}
      />
    </div>
  );
}
