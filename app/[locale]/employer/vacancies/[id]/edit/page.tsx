import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusBadge } from "@/components/employer/status-badge";
import { VacancyForm } from "@/components/vacancies/vacancy-form";
import { listVacancyFormOptions } from "@/lib/reference/list-vacancy-form-options";
import { isAppError } from "@/lib/server/errors";
import { requireEmployerPage } from "@/lib/access/pages";
import { validThroughBounds } from "@/lib/vacancies/form-dates";
import { vacancyWithRevisionToFormValues } from "@/lib/vacancies/form-values";
import { getOrganizationVacancy } from "@/lib/vacancies/get-organization-vacancy";
import { StatusNotice } from "@/components/ui/status-notice";
import { Panel } from "@/components/ui/panel";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ notice?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "vacancyForm" });
  return { title: t("editTitle") };
}

// GET /[locale]/employer/vacancies/[id]/edit – edit a vacancy; a published one is changed through a revision
export default async function EditVacancyPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployerPage(locale);
  const { notice } = await searchParams;
  const found = await getOrganizationVacancy(actor, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [t, employerT, options] = await Promise.all([
    getTranslations("vacancyForm"),
    getTranslations("employer"),
    listVacancyFormOptions(locale),
  ]);
  const { vacancy, revision } = found;
  const initial = vacancyWithRevisionToFormValues(vacancy, revision);
  return (
    <div className="space-y-4">
      <h1 className="flex flex-wrap items-center gap-2 text-2xl font-bold">
        {t("editTitle")} <StatusBadge status={vacancy.status} />
      </h1>
      <p className="text-sm">
        <Link href={`/employer/vacancies/${vacancy.id}/preview`} className="text-brand-700 underline">
          {employerT("preview.link")}
        </Link>{" "}
        <span className="text-slate-600">{employerT("preview.linkHint")}</span>
      </p>
      {notice === "duplicated" && <StatusNotice>{t("duplicatedNotice")}</StatusNotice>}
      {vacancy.status === "PUBLISHED" && (
        <Panel as="p" tone="info" padding="sm" className="text-sm" data-testid="revision-notice">
          {revision?.status === "PENDING_REVIEW" ? t("revisionPendingNotice") : t("publishedEditNotice")}
        </Panel>
      )}
      {(vacancy.status === "DRAFT" || vacancy.status === "PENDING_REVIEW") && vacancy.rejectionReason && (
        <Panel tone="warning" role="note" className="space-y-1" data-testid="moderator-request">
          <p className="font-semibold">{t("moderatorRequestTitle")}</p>
          <p className="whitespace-pre-line">{vacancy.rejectionReason}</p>
          <p className="text-sm">
            {vacancy.status === "DRAFT" ? t("moderatorRequestHint") : t("moderatorRequestSent")}
          </p>
        </Panel>
      )}
      {vacancy.status === "REJECTED" && vacancy.rejectionReason && (
        <Panel as="p" tone="warning" padding="sm" className="text-sm">
          {t("rejectedNotice", { reason: vacancy.rejectionReason })}
        </Panel>
      )}
      {revision?.status === "REJECTED" && revision.rejectionReason && (
        <Panel as="p" tone="warning" padding="sm" className="text-sm">
          {t("revisionRejectedNotice", { reason: revision.rejectionReason })}
        </Panel>
      )}
      <VacancyForm
        locale={locale}
        vacancyId={vacancy.id}
        version={vacancy.updatedAt.toISOString()}
        initial={initial}
        requestedSections={
          vacancy.status === "DRAFT" && vacancy.rejectionReason
            ? vacancy.requestSections
            : revision?.status === "REJECTED"
              ? revision.requestSections
              : []
        }
        {...options}
        {...validThroughBounds()}
      />
    </div>
  );
}
