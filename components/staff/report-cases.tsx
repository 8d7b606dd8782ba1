import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { Link } from "@/lib/i18n/navigation";
import { handleReportAction } from "@/lib/reports/actions";
import type { listReports } from "@/lib/reports/list-reports";

type ReportCase = Awaited<ReturnType<typeof listReports>>[number];
const handlingSteps = ["IN_PROGRESS", "RESOLVED", "DISMISSED"] as const;

/** Open reports from the public, each with the buttons that move the case on. */
export async function ReportCases({ reports, now }: { reports: ReportCase[]; now: number }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <section aria-labelledby="reports-heading" className="space-y-2 pt-4">
      <h2 id="reports-heading" className="text-xl font-bold">
        {t("staff.reportsTitle")} ({reports.length})
      </h2>
      {reports.length === 0 ? (
        <p className="text-sm text-slate-600">{t("staff.reportsEmpty")}</p>
      ) : (
        <ol className="space-y-2">
          {reports.map((report) => (
            <Panel as="li" key={report.id} padding="sm" data-testid="report-case">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-sm">{report.receipt}</span>
                <Badge
                  tone={report.reason === "ASKS_FOR_MONEY" || report.reason === "FORCED_LABOUR" ? "warning" : "neutral"}
                >
                  {t(`report.reason.${report.reason}`)}
                </Badge>
                <Badge>{t(`staff.reportStatus.${report.status}`)}</Badge>
                <Link href={`/staff/vacancies/${report.vacancy.id}`} className="text-brand-700 underline">
                  {report.vacancy.title}
                </Link>
                <span className="text-xs text-slate-500">{format.relativeTime(report.createdAt, now)}</span>
              </p>
              {report.message && <p className="mt-1 whitespace-pre-line text-sm">{report.message}</p>}
              <ActionForm action={handleReportAction} className="mt-2 flex flex-wrap gap-2">
                <input type="hidden" name="reportId" value={report.id} />
                {handlingSteps.map((status) => (
                  <button
                    key={status}
                    type="submit"
                    name="status"
                    value={status}
                    className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50"
                  >
                    {t(`staff.reportActions.${status}`)}
                  </button>
                ))}
              </ActionForm>
            </Panel>
          ))}
        </ol>
      )}
    </section>
  );
}
