import { getFormatter, getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { Link } from "@/lib/i18n/navigation";
import type { openEmployer } from "@/lib/moderation/open-employer";

type Employer = Awaited<ReturnType<typeof openEmployer>>;
type Facts = { rejectionCode?: string | null; rejectionReason?: string | null; reason?: string; note?: string };

/** The moderators' decisions on the employer's vacancies, the reports about them, and its verification history. */
export async function EmployerActivity({
  decisions,
  reports,
  history,
}: Pick<Employer, "decisions" | "reports" | "history">) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const when = (at: Date) => (
    <time dateTime={at.toISOString()}>{format.dateTime(at, { dateStyle: "medium", timeStyle: "short" })}</time>
  );
  const said = (facts: Facts) => facts.rejectionReason ?? facts.reason ?? facts.note;
  return (
    <>
      <Panel as="section" aria-labelledby="employer-decisions-heading">
        <h2 id="employer-decisions-heading" className="mb-2 font-semibold">
          {t("staff.employerDecisions")}
        </h2>
        {decisions.length === 0 ? (
          <p className="text-sm text-slate-700">{t("staff.noEarlierDecisions")}</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {decisions.map((entry) => {
              const facts = (entry.after ?? {}) as Facts;
              return (
                <li key={String(entry.id)}>
                  <p>
                    <span className="font-medium">
                      {t(`auditAction.${entry.action}` as "auditAction.vacancy.approved")}
                    </span>
                    {" · "}
                    <Link href={`/staff/vacancies/${entry.entityId}`} className="text-brand-700 underline">
                      {entry.vacancyTitle}
                    </Link>
                  </p>
                  <p className="text-xs text-slate-600">
                    {when(entry.at)}
                    {entry.actorName && <> · {entry.actorName}</>}
                    {facts.rejectionCode && <> · {t(`staff.rejection.${facts.rejectionCode as "OTHER"}`)}</>}
                  </p>
                  {said(facts) && <p className="whitespace-pre-line text-slate-800">«{said(facts)}»</p>}
                </li>
              );
            })}
          </ol>
        )}
      </Panel>
      <Panel as="section" aria-labelledby="employer-reports-heading">
        <h2 id="employer-reports-heading" className="mb-2 font-semibold">
          {t("staff.employerReports", { count: reports.length })}
        </h2>
        {reports.length === 0 ? (
          <p className="text-sm text-slate-700">{t("staff.noReports")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {reports.map((report) => (
              <li key={report.id}>
                <Link href={`/staff/reports/${report.vacancyId}`} className="text-brand-700 underline">
                  {report.vacancyTitle}
                </Link>
                {" · "}
                {t(`report.reason.${report.reason}`)} · {t(`staff.reportStatus.${report.status}`)}
                {report.outcome && <> · {t(`staff.reportOutcome.${report.outcome}`)}</>}
                {" · "}
                {format.dateTime(report.createdAt, { dateStyle: "medium" })}
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel as="section" aria-labelledby="employer-history-heading">
        <h2 id="employer-history-heading" className="mb-2 font-semibold">
          {t("staff.verificationHistory")}
        </h2>
        {history.length === 0 ? (
          <p className="text-sm text-slate-700">{t("staff.noHistory")}</p>
        ) : (
          <ol className="space-y-2 text-sm" data-testid="verification-history">
            {history.map((entry) => {
              const facts = (entry.after ?? {}) as Facts;
              return (
                <li key={String(entry.id)}>
                  <p className="font-medium">{t(`auditAction.${entry.action}` as "auditAction.vacancy.approved")}</p>
                  <p className="text-xs text-slate-600">
                    {when(entry.at)}
                    {entry.actorName && <> · {entry.actorName}</>}
                  </p>
                  {said(facts) && <p className="whitespace-pre-line text-slate-800">«{said(facts)}»</p>}
                </li>
              );
            })}
          </ol>
        )}
      </Panel>
    </>
  );
}
