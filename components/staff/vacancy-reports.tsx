import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { Link } from "@/lib/i18n/navigation";
import type { openReview } from "@/lib/moderation/open-review";

type Report = Awaited<ReturnType<typeof openReview>>["reports"][number];

/** What seekers reported about this vacancy, with a link to the case where it is handled. */
export async function VacancyReports({ reports, vacancyId }: { reports: Report[]; vacancyId: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const open = reports.filter((report) => report.status === "NEW" || report.status === "IN_PROGRESS").length;
  return (
    <Panel as="section" aria-labelledby="vacancy-reports-heading">
      <h2 id="vacancy-reports-heading" className="mb-2 font-semibold">
        {t("staff.vacancyReports", { count: reports.length, open })}
      </h2>
      {reports.length === 0 ? (
        <p className="text-sm text-slate-700">{t("staff.noReports")}</p>
      ) : (
        <>
          <ul className="space-y-2 text-sm">
            {reports.slice(0, 5).map((report) => (
              <li key={report.id}>
                <p className="flex flex-wrap items-center gap-2">
                  <Badge
                    tone={
                      report.reason === "ASKS_FOR_MONEY" || report.reason === "FORCED_LABOUR" ? "warning" : "neutral"
                    }
                  >
                    {t(`report.reason.${report.reason}`)}
                  </Badge>
                  <span className="text-xs text-slate-600">
                    {format.dateTime(report.createdAt, { dateStyle: "medium" })} ·{" "}
                    {t(`staff.reportStatus.${report.status}`)}
                  </span>
                </p>
                {report.message && <p className="mt-1 line-clamp-3 whitespace-pre-line">{report.message}</p>}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            <Link href={`/staff/reports/${vacancyId}`} className="font-medium text-brand-700 underline">
              {t("staff.openCase")}
            </Link>
          </p>
        </>
      )}
    </Panel>
  );
}
