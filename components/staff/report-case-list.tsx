import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { Link } from "@/lib/i18n/navigation";
import type { listReportCases } from "@/lib/reports/list-report-cases";

type ReportCase = Awaited<ReturnType<typeof listReportCases>>["cases"][number];
const serious = new Set(["ASKS_FOR_MONEY", "FORCED_LABOUR"]);

/** Report cases, one per vacancy: how many reports and why, since when, who took it or how it ended. */
export async function ReportCaseList({ cases }: { cases: ReportCase[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ol className="space-y-2">
      {cases.map((item) => (
        <Panel as="li" key={item.vacancy.id} padding="sm" className="space-y-1" data-testid="report-case">
          <p className="flex flex-wrap items-center gap-2">
            <Link
              href={`/staff/reports/${item.vacancy.id}`}
              className="font-medium text-brand-700 underline"
              lang={item.vacancy.language}
            >
              {item.vacancy.title}
            </Link>
            <Badge tone="warning">{t("staff.caseReports", { count: item.count })}</Badge>
            {Object.entries(item.reasons).map(([reason, count]) => (
              <Badge key={reason} tone={serious.has(reason) ? "danger" : "neutral"}>
                {t("staff.reasonCount", { reason: t(`report.reason.${reason as "OTHER"}`), count })}
              </Badge>
            ))}
          </p>
          <p className="text-sm text-slate-700">
            {item.vacancy.organization.legalName} · {t(`country.${item.vacancy.countryCode}`)} ·{" "}
            {t("staff.caseDates", { first: date(item.firstAt), last: date(item.lastAt) })}
          </p>
          <p className="text-sm text-slate-700">
            {item.outcome
              ? t("staff.caseClosedBy", {
                  outcome: t(`staff.reportOutcome.${item.outcome}`),
                  name: item.handler ?? "—",
                  date: item.closedAt ? date(item.closedAt) : "—",
                })
              : item.assignee
                ? t("staff.caseTakenBy", { name: item.assignee })
                : t("staff.caseNotTaken")}
          </p>
          <p className="text-xs text-slate-600">{item.receipts.join(", ")}</p>
        </Panel>
      ))}
    </ol>
  );
}
