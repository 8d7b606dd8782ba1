import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/lib/i18n/navigation";
import { listReviewQueue, queueFilterSchema } from "@/lib/moderation/list-review-queue";
import { bulkApproveAction } from "@/lib/moderation/actions";
import { controlClass, secondaryButtonClass } from "@/components/ui/field";
import { CountryCode, OrganizationKind, RiskLevel, Sector } from "@/lib/generated/prisma/enums";
import { handleReportAction } from "@/lib/reports/actions";
import { listReports } from "@/lib/reports/handle-report";
import { requireStaffPage } from "@/lib/server/require-page-actor";
import { StatusNotice } from "@/components/ui/status-notice";

export const dynamic = "force-dynamic";
const outcomes = ["published", "rejected", "changes_requested", "revision_approved", "revision_rejected"] as const;

// GET /[locale]/staff – the review queue of the moderator's countries
export default async function ReviewQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  const query = await searchParams;
  const { decided, bulk } = query;
  const filter = queueFilterSchema.parse(query);
  const [t, format, queue, reports] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listReviewQueue(actor, filter),
    listReports(actor),
  ]);
  const byRisk = Object.fromEntries(
    Object.values(RiskLevel).map((level) => [level, queue.filter((item) => item.risk.level === level).length]),
  );
  const select = (name: string, label: string, values: string[], text: (v: string) => string) => (
    <label className="flex flex-col text-sm">
      {label}
      <select
        name={name}
        defaultValue={((filter as Record<string, unknown>)[name] as string | undefined) ?? ""}
        className={controlClass}
      >
        <option value="">{t("list.any")}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {text(v)}
          </option>
        ))}
      </select>
    </label>
  );
  const now = Date.now();
  return (
    <div className="space-y-4">
      {decided && (outcomes as readonly string[]).includes(decided) && (
        <StatusNotice>{t(`staff.decided.${decided as (typeof outcomes)[number]}`)}</StatusNotice>
      )}
      {bulk && /^\d+-\d+$/.test(bulk) && (
        <StatusNotice>
          {t("staff.bulkDone", { approved: Number(bulk.split("-")[0]), skipped: Number(bulk.split("-")[1]) })}
        </StatusNotice>
      )}
      <h1 className="text-2xl font-bold">{t("staff.queueTitle")}</h1>
      <form
        method="get"
        className="grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-6"
        aria-label={t("staff.queueFilters")}
      >
        {select(
          "country",
          t("list.country"),
          Object.values(CountryCode).filter((c) => actor.jurisdictions.includes(c)),
          (v) => t(`country.${v as "KG"}`),
        )}
        {select("sector", t("list.sector"), Object.values(Sector), (v) => t(`sector.${v as "TRADE"}`))}
        {select("kind", t("staff.employerKind"), Object.values(OrganizationKind), (v) =>
          t(`organizationKind.${v as "COMPANY"}`),
        )}
        {select("risk", t("staff.riskLevel"), Object.values(RiskLevel), (v) => t(`staff.risk.${v as "LOW"}`))}
        {select("olderThan", t("staff.waitingAtLeast"), ["1", "2", "7"], (v) => t("staff.days", { days: Number(v) }))}
        <button type="submit" className={`${secondaryButtonClass} self-end`}>
          {t("list.apply")}
        </button>
      </form>
      <p className="text-sm text-slate-700" data-testid="queue-count">
        {t("staff.queueCount", { count: queue.length })} ·{" "}
        {Object.values(RiskLevel)
          .map((level) => `${t(`staff.risk.${level}`)}: ${byRisk[level]}`)
          .join(" · ")}
      </p>
      {queue.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
          {t("staff.queueEmpty")}
        </p>
      ) : (
        <form action={bulkApproveAction} className="space-y-2">
          <input type="hidden" name="locale" value={locale} />
          <ol className="space-y-2">
            {queue.map((item) => (
              <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="queue-item">
                <div className="flex flex-wrap items-center gap-2">
                  {item.risk.level === "LOW" && (
                    <input
                      type="checkbox"
                      name="item"
                      value={`${item.id}|${item.updatedAt.toISOString()}`}
                      aria-label={t("staff.selectForBulk", { title: item.title })}
                      className="h-5 w-5"
                    />
                  )}
                  <Link href={`/staff/vacancies/${item.id}`} className="font-semibold text-brand-700 hover:underline">
                    {item.title}
                  </Link>
                  <Badge
                    tone={item.risk.level === "HIGH" ? "warning" : item.risk.level === "MEDIUM" ? "info" : "neutral"}
                    title={t("staff.riskScore", { score: item.risk.score })}
                  >
                    {t(`staff.risk.${item.risk.level}`)} · {item.risk.score}
                  </Badge>
                  <Badge tone={item.kind === "revision" ? "info" : "neutral"}>{t(`staff.kind.${item.kind}`)}</Badge>
                  <Badge>{item.countryCode}</Badge>
                  {item.organization.kind === "RECRUITMENT_AGENCY" && (
                    <Badge tone="warning">{t("organizationKind.RECRUITMENT_AGENCY")}</Badge>
                  )}
                  {item.organization.verificationState !== "VERIFIED" && (
                    <Badge tone="warning">{t("verification.UNVERIFIED")}</Badge>
                  )}
                </div>
                <p className="mt-1 text-sm text-slate-600">
                  {item.organization.legalName} ·{" "}
                  {t("staff.waiting", { age: format.relativeTime(item.waitingSince, now) })}
                </p>
              </li>
            ))}
          </ol>
          {byRisk.LOW! > 0 && (
            <button type="submit" className={secondaryButtonClass}>
              {t("staff.bulkApprove")}
            </button>
          )}
        </form>
      )}
      <section aria-labelledby="reports-heading" className="space-y-2 pt-4">
        <h2 id="reports-heading" className="text-xl font-bold">
          {t("staff.reportsTitle")} ({reports.length})
        </h2>
        {reports.length === 0 ? (
          <p className="text-sm text-slate-600">{t("staff.reportsEmpty")}</p>
        ) : (
          <ol className="space-y-2">
            {reports.map((report) => (
              <li key={report.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid="report-case">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-mono text-sm">{report.receipt}</span>
                  <Badge
                    tone={
                      report.reason === "ASKS_FOR_MONEY" || report.reason === "FORCED_LABOUR" ? "warning" : "neutral"
                    }
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
                <form action={handleReportAction} className="mt-2 flex flex-wrap gap-2">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="reportId" value={report.id} />
                  {(["IN_PROGRESS", "RESOLVED", "DISMISSED"] as const).map((status) => (
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
                </form>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
