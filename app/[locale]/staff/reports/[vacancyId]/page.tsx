import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ReportCaseActions } from "@/components/staff/report-case-actions";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { requireStaffPage } from "@/lib/access/pages";
import { Link } from "@/lib/i18n/navigation";
import { staffPageTitle } from "@/lib/pages/staff-page-title";
import { openReportCase } from "@/lib/reports/open-report-case";
import { isAppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

export const generateMetadata = staffPageTitle("reportCaseTitle");

// GET /[locale]/staff/reports/[vacancyId] – the report case of one vacancy: every report, who took it,
// the outcome; take it or close it
export default async function ReportCasePage({ params }: { params: Promise<{ locale: string; vacancyId: string }> }) {
  const { locale, vacancyId } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  const [found, t, format] = await Promise.all([
    openReportCase(actor, vacancyId).catch((error) => {
      if (isAppError(error) && error.code === "not_found") notFound();
      throw error;
    }),
    getTranslations(),
    getFormatter(),
  ]);
  const { vacancy } = found;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">{t("staff.reportCaseTitle")}</p>
        <h1 className="text-2xl font-bold" lang={vacancy.language}>
          {vacancy.title}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge>{t(`employer.statusOne.${vacancy.status}`)}</Badge>
          <Link href={`/staff/employers/${vacancy.organization.id}`} className="text-brand-700 underline">
            {vacancy.organization.legalName}
          </Link>
          {vacancy.organization.blockedAt && <Badge tone="danger">{t("staff.blocked")}</Badge>}
        </p>
        <p className="text-sm">
          <Link href={`/staff/vacancies/${vacancy.id}`} className="font-medium text-brand-700 underline">
            {t("staff.openReview")}
          </Link>
        </p>
      </header>
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <Panel as="section" aria-labelledby="case-reports-heading" className="min-w-0">
          <h2 id="case-reports-heading" className="mb-1 font-semibold">
            {t("staff.caseReports", { count: found.reports.length })}
          </h2>
          <p className="mb-3 text-sm text-slate-700" data-testid="case-assignee">
            {found.open === 0
              ? t("staff.caseAllClosed")
              : found.assignee
                ? t("staff.caseTakenBy", { name: found.assignee.name ?? "—" })
                : t("staff.caseNotTaken")}
          </p>
          <ol className="divide-y divide-slate-200">
            {found.reports.map((report) => (
              <li key={report.id} className="space-y-1 py-3 text-sm" data-testid="case-report">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-mono">{report.receipt}</span>
                  <Badge
                    tone={
                      report.reason === "ASKS_FOR_MONEY" || report.reason === "FORCED_LABOUR" ? "danger" : "neutral"
                    }
                  >
                    {t(`report.reason.${report.reason}`)}
                  </Badge>
                  <Badge>{t(`staff.reportStatus.${report.status}`)}</Badge>
                  <span className="text-slate-600">{date(report.createdAt)}</span>
                </p>
                {report.message && <p className="whitespace-pre-line">{report.message}</p>}
                {report.outcome && (
                  <p className="text-slate-700">
                    {t("staff.caseClosedBy", {
                      outcome: t(`staff.reportOutcome.${report.outcome}`),
                      name: report.handledByName ?? "—",
                      date: report.handledAt ? date(report.handledAt) : "—",
                    })}
                    {report.resolutionNote && <> «{report.resolutionNote}»</>}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </Panel>
        <aside aria-label={t("staff.caseActions")} className="h-fit">
          {found.open > 0 ? (
            <ReportCaseActions vacancyId={vacancy.id} takenByMe={found.takenByMe} />
          ) : (
            <Panel tone="success" className="text-sm" role="status">
              {t("staff.caseAllClosed")}
            </Panel>
          )}
        </aside>
      </div>
    </div>
  );
}
