import type { Metadata } from "next";
import { calendarDay } from "@/lib/vacancies/form-values";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { StatusBadge } from "@/components/employer/status-badge";
import { VacancyRowActions } from "@/components/employer/vacancy-row-actions";
import { VerificationBadge } from "@/components/vacancies/verification-badge";
import { buttonClass } from "@/components/ui/field";
import { Link } from "@/lib/i18n/navigation";
import { requireEmployerPage } from "@/lib/access/pages";
import { listOrganizationVacancies } from "@/lib/vacancies/list-organization-vacancies";
import { renewalDates } from "@/lib/vacancies/renewal-dates";
import { StatusNotice } from "@/components/ui/status-notice";
import { Panel } from "@/components/ui/panel";
import { Badge } from "@/components/ui/badge";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "employer" });
  return { title: t("dashboardTitle") };
}

const notices = ["savedDraft", "submitted", "revisionSaved", "revisionSubmitted"] as const;

// GET /[locale]/employer – the organisation's vacancies by status, with views and what needs attention
export default async function EmployerDashboard({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployerPage(locale);
  const { notice } = await searchParams;
  const [t, staffT, format, data] = await Promise.all([
    getTranslations("employer"),
    getTranslations("staff"),
    getFormatter(),
    listOrganizationVacancies(actor),
  ]);
  const now = new Date();
  // A blocked organisation's vacancies are off the portal whatever their status says: the page says so.
  const blocked = data.organization.blockedAt !== null;

  return (
    <div className="space-y-6">
      {notice && (notices as readonly string[]).includes(notice) && (
        <StatusNotice>{t(`notice.${notice as (typeof notices)[number]}`)}</StatusNotice>
      )}
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t("dashboardTitle")}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-slate-700">
            {data.organization.legalName}{" "}
            {blocked ? (
              <Badge tone="danger">{t("blockedBadge")}</Badge>
            ) : (
              <VerificationBadge state={data.organization.verificationState} />
            )}
          </p>
          <p className="text-sm text-slate-600">{t("totals", { count: data.total, views: data.views })}</p>
        </div>
        <Link href="/employer/vacancies/new" className={buttonClass}>
          {t("newVacancy")}
        </Link>
      </header>
      {blocked && (
        <Panel tone="danger" role="alert" className="space-y-2" data-testid="blocked-notice">
          <p className="font-semibold">{t("blockedNotice", { reason: data.organization.blockReason ?? "" })}</p>
          <p>{t("blockedAppeal")}</p>
        </Panel>
      )}
      {!blocked && data.organization.verificationState !== "VERIFIED" && (
        <Panel as="p" tone="warning" padding="sm" className="text-sm">
          {t("verificationNotice")}
        </Panel>
      )}
      <nav aria-label={t("byStatus")} className="flex flex-wrap gap-2 text-sm">
        {data.byStatus.map((group) => (
          <a
            key={group.status}
            href={`#status-${group.status}`}
            className="rounded-full border border-slate-300 bg-white px-3 py-1"
          >
            {t(`status.${group.status}`)}: <span className="font-semibold tabular-nums">{group.vacancies.length}</span>
          </a>
        ))}
      </nav>
      {data.total === 0 && (
        <Panel as="p" tone="empty" padding="xl">
          {t("noVacancies")}
        </Panel>
      )}
      {data.byStatus
        .filter((group) => group.vacancies.length > 0)
        .map((group) => (
          <section
            key={group.status}
            id={`status-${group.status}`}
            aria-labelledby={`heading-${group.status}`}
            className="space-y-3"
          >
            <h2 id={`heading-${group.status}`} className="text-lg font-semibold">
              {t(`status.${group.status}`)} ({group.vacancies.length})
            </h2>
            <ul className="space-y-3">
              {group.vacancies.map((vacancy) => {
                const revision = vacancy.revisions[0];
                return (
                  <Panel
                    as="li"
                    key={vacancy.id}

                    data-testid="employer-vacancy"
                  >
                    <div className="flex flex-wrap items-center gap-2">
                      <Link
                        href={`/employer/vacancies/${vacancy.id}/edit`}
                        className="font-semibold text-brand-700 hover:underline"
                      >
                        {vacancy.title || t("untitled")}
                      </Link>
                      <StatusBadge status={vacancy.status} />
                      {blocked && vacancy.status === "PUBLISHED" && (
                        <Badge tone="danger">{t("hiddenWhileBlocked")}</Badge>
                      )}
                      {revision && (
                        <span className="text-xs text-slate-700">
                          · {t(`revision.${revision.status as "DRAFT" | "PENDING_REVIEW" | "REJECTED"}`)}
                        </span>
                      )}
                    </div>
                    <p className="mt-1 text-sm text-slate-600">
                      {t("views", { count: vacancy.viewCount })}
                      {vacancy.validThrough &&
                        ` · ${t("validThrough", { date: format.dateTime(calendarDay(vacancy.validThrough), { dateStyle: "medium", timeZone: "UTC" }) })}`}
                      {(vacancy.status !== "PUBLISHED" || revision) && vacancy.status !== "CLOSED" && (
                        <>
                          {" · "}
                          <Link href={`/employer/vacancies/${vacancy.id}/preview`} className="text-brand-700 underline">
                            {t("preview.link")}
                          </Link>
                        </>
                      )}
                      {vacancy.status === "PUBLISHED" && !blocked && (
                        <>
                          {" · "}
                          <Link href={`/vacancies/${vacancy.id}`} className="text-brand-700 underline">
                            {t("viewPublic")}
                          </Link>
                        </>
                      )}
                      {(vacancy._count.responses > 0 || vacancy.status === "PUBLISHED") && (
                        <>
                          {" · "}
                          <Link
                            href={`/employer/vacancies/${vacancy.id}/responses`}
                            className="text-brand-700 underline"
                            data-testid="responses-link"
                          >
                            {t("responsesLink", { count: vacancy._count.responses, fresh: vacancy.newResponses })}
                          </Link>
                        </>
                      )}
                    </p>
                    {vacancy.status === "REJECTED" && vacancy.rejectionReason && (
                      <p className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-950" data-testid="rejection">
                        {t("rejectedReason", {
                          reason: `${vacancy.rejectionCode ? `${staffT(`rejection.${vacancy.rejectionCode}`)}. ` : ""}${vacancy.rejectionReason}`,
                        })}
                      </p>
                    )}
                    {vacancy.status === "DRAFT" && vacancy.rejectionReason && (
                      <p className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-950">
                        {t("changesRequested", { reason: vacancy.rejectionReason })}
                      </p>
                    )}
                    {revision?.status === "REJECTED" && revision.rejectionReason && (
                      <p className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-950">
                        {t("revisionRejectedReason", { reason: revision.rejectionReason })}
                      </p>
                    )}
                    <VacancyRowActions
                      vacancyId={vacancy.id}
                      status={vacancy.status}
                      renewal={renewalDates(vacancy.validThrough ?? now, now)}
                    />
                  </Panel>
                );
              })}
            </ul>
          </section>
        ))}
    </div>
  );
}
