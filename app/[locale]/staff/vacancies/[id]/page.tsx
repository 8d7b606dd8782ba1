import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { DecisionForm } from "@/components/staff/decision-form";
import { EmployerPanel } from "@/components/staff/employer-panel";
import { MarkedText } from "@/components/staff/marked-text";
import { RevisionDiff } from "@/components/staff/revision-diff";
import { RiskPanel } from "@/components/staff/risk-panel";
import { FactList } from "@/components/vacancies/fact-list";
import { localizedName } from "@/lib/i18n/localized-name";
import { openReview } from "@/lib/moderation/open-review";
import { isAppError } from "@/lib/server/errors";
import { requireStaffPage } from "@/lib/access/pages";
import { calendarDay, showFormValue, vacancyToFormValues } from "@/lib/vacancies/form-values";
import type { RiskReason } from "@/lib/moderation/risk/score-vacancy";
import { vacancyFormFields } from "@/lib/vacancies/schemas";
import { sectionLabel, vacancySections } from "@/lib/vacancies/sections";
import { Panel } from "@/components/ui/panel";
import { staffPageTitle } from "@/lib/pages/staff-page-title";

export const dynamic = "force-dynamic";

const show = showFormValue;

export const generateMetadata = staffPageTitle("reviewTitle");

// GET /[locale]/staff/vacancies/[id] – review one item: every field, the employer's history, a diff for revisions
export default async function ReviewPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  const review = await openReview(actor, id).catch((error) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const { vacancy, revision, claimedBy, employerHistory } = review;
  const current = vacancyToFormValues(vacancy);
  const proposed = (revision?.data ?? {}) as Record<string, unknown>;
  const changed = revision ? vacancyFormFields.filter((field) => show(current[field]) !== show(proposed[field])) : [];
  const org = vacancy.organization;
  const risk = revision
    ? { score: revision.riskScore, level: revision.riskLevel, reasons: (revision.riskReasons ?? []) as RiskReason[] }
    : { score: vacancy.riskScore, level: vacancy.riskLevel, reasons: (vacancy.riskReasons ?? []) as RiskReason[] };
  const title = revision ? String(proposed.title ?? vacancy.title) : vacancy.title;
  const description = revision
    ? String(proposed.description ?? vacancy.description ?? "")
    : (vacancy.description ?? "");

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold" lang={vacancy.language}>
        <MarkedText text={title} reasons={risk.reasons.filter((r) => r.field === "title")} />
      </h1>
      <RiskPanel risk={risk} />
      {claimedBy && (
        <Panel as="p" tone="warning" padding="sm" className="text-sm" role="alert">
          {t("staff.claimedBy", { name: claimedBy })}
        </Panel>
      )}
      <EmployerPanel organization={org} history={employerHistory} />
      {revision && <RevisionDiff fields={changed} current={current} proposed={proposed} />}
      <Panel as="section">
        <h2 className="mb-2 font-semibold">{t("vacancy.aboutJob")}</h2>
        <div className="whitespace-pre-line" lang={vacancy.language} data-testid="review-description">
          <MarkedText text={description} reasons={risk.reasons.filter((r) => r.field === "description")} />
        </div>
      </Panel>
      <Panel as="section">
        <FactList
          facts={[
            [
              t("vacancy.occupation"),
              vacancy.occupation ? `${localizedName(vacancy.occupation, locale)} (${vacancy.occupation.code})` : null,
            ],
            [t("vacancy.region"), vacancy.region ? localizedName(vacancy.region, locale) : null],
            [t("vacancy.city"), vacancy.city ? localizedName(vacancy.city, locale) : null],
            [
              t("vacancy.salary"),
              `${show(current.salaryMin)} – ${show(current.salaryMax)} ${vacancy.salaryCurrency} ${t(`salaryPeriod.${vacancy.salaryPeriod}`)}`,
            ],
            [
              t("vacancy.employmentType"),
              vacancy.employmentType ? t(`employmentType.${vacancy.employmentType}`) : null,
            ],
            [t("vacancy.contractType"), t(`contractType.${vacancy.contractType}`)],
            [t("vacancy.travelPaidBy"), t(`costBearer.${vacancy.travelPaidBy}`)],
            [t("vacancy.housingPaidBy"), t(`costBearer.${vacancy.housingPaidBy}`)],
            [t("vacancy.documentsPaidBy"), t(`costBearer.${vacancy.documentsPaidBy}`)],
            [t("vacancy.noFeeConfirmed"), vacancy.noFeeConfirmed ? "✓" : "✗"],
            [t("vacancy.phone"), vacancy.contactPhone],
            [t("vacancy.email"), vacancy.contactEmail],
            [t("vacancy.telegram"), vacancy.contactTelegram],
            [t("vacancy.whatsapp"), vacancy.contactWhatsapp],
            [
              t("vacancy.validThrough"),
              vacancy.validThrough
                ? format.dateTime(calendarDay(vacancy.validThrough), { dateStyle: "medium", timeZone: "UTC" })
                : null,
            ],
          ]}
        />
      </Panel>
      <DecisionForm
        vacancyId={vacancy.id}
        version={vacancy.updatedAt.toISOString()}
        sections={vacancySections.map((section) => [section, t(`vacancyForm.${sectionLabel[section]}`)] as const)}
      />
    </div>
  );
}
