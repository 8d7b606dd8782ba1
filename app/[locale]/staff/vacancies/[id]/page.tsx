import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DecisionForm } from "@/components/staff/decision-form";
import { EmployerPanel } from "@/components/staff/employer-panel";
import { MarkedText } from "@/components/staff/marked-text";
import { markableReasons } from "@/lib/moderation/risk/model/model-marks";
import { ReviewHistory } from "@/components/staff/review-history";
import { ReviewStatus } from "@/components/staff/review-status";
import { RevisionDiff } from "@/components/staff/revision-diff";
import { RiskPanel } from "@/components/staff/risk-panel";
import { VacancyReports } from "@/components/staff/vacancy-reports";
import { VacancyDetails } from "@/components/vacancies/vacancy-details";
import { Panel } from "@/components/ui/panel";
import { requireStaffPage } from "@/lib/access/pages";
import { getCurrentExchangeRate } from "@/lib/money/get-current-exchange-rate";
import { openReview } from "@/lib/moderation/open-review";
import { staffPageTitle } from "@/lib/pages/staff-page-title";
import { isAppError } from "@/lib/server/errors";
import { contactLinks } from "@/lib/vacancies/contact-links";
import { vacancyToFormValues } from "@/lib/vacancies/form-values";
import { sectionLabel, vacancySections } from "@/lib/vacancies/sections";
import { vacancyFieldLabel } from "@/lib/vacancies/vacancy-field-text";

export const dynamic = "force-dynamic";

export const generateMetadata = staffPageTitle("reviewTitle");

// GET /[locale]/staff/vacancies/[id] – review one item: the vacancy exactly as seekers will see it (with a
// pending edit laid over it and the red-flag words marked), the changes of an edit, the employer's record,
// earlier decisions and reports, and the decisions the item's state allows
export default async function ReviewPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  const [review, rate, t] = await Promise.all([
    openReview(actor, id).catch((error) => {
      if (isAppError(error) && error.code === "not_found") notFound();
      throw error;
    }),
    getCurrentExchangeRate(),
    getTranslations(),
  ]);
  const { vacancy, revision, view, risk, decisions, claimedBy } = review;
  const indicators = Object.fromEntries(
    risk.reasons.map((reason) => [
      reason.category,
      t.has(`staff.flag.${reason.category}` as never) ? t(`staff.flag.${reason.category}` as never) : reason.category,
    ]),
  );
  const marks = (field: "title" | "description", text: string) => (
    <MarkedText
      text={text}
      reasons={markableReasons(risk.reasons).filter((reason) => reason.field === field)}
      labels={indicators}
    />
  );
  const context = revision ? "edit" : vacancy.status === "PUBLISHED" ? "published" : "new";

  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("staff.reviewTitle")}</h1>
        <ReviewStatus vacancy={vacancy} hasRevision={Boolean(revision)} />
      </header>
      <RiskPanel risk={risk} />
      {claimedBy && (
        <Panel as="p" tone="warning" padding="sm" className="text-sm" role="alert">
          {t("staff.claimedBy", { name: claimedBy })}
        </Panel>
      )}
      {revision && (
        <RevisionDiff
          current={vacancyToFormValues(vacancy)}
          proposed={revision.data as Record<string, unknown>}
          codeNames={review.codeNames}
        />
      )}
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="seeker-view-heading" className="min-w-0 space-y-4">
          <div>
            <h2 id="seeker-view-heading" className="text-lg font-semibold">
              {t("staff.seekerView")}
            </h2>
            <p className="text-sm text-slate-700">{t(revision ? "staff.seekerViewEdit" : "staff.seekerViewHint")}</p>
          </div>
          {view.complete ? (
            <article
              className="space-y-4 rounded-xl border-2 border-dashed border-slate-300 p-2 sm:p-4"
              data-testid="seeker-view"
            >
              <VacancyDetails
                vacancy={view.vacancy}
                rate={rate}
                locale={locale}
                links={contactLinks(view.vacancy)}
                respond={false}
                titleLevel="h2"
                marked={{
                  title: marks("title", view.vacancy.title),
                  description: marks("description", view.vacancy.description),
                }}
              />
            </article>
          ) : (
            <Panel tone="warning" className="space-y-1 text-sm" data-testid="seeker-view-incomplete">
              <p>{t("staff.seekerViewIncomplete")}</p>
              <ul className="list-inside list-disc">
                {view.missing.map((field) => (
                  <li key={field}>
                    {vacancyFieldLabel(field, t as unknown as Parameters<typeof vacancyFieldLabel>[1])}
                  </li>
                ))}
              </ul>
            </Panel>
          )}
        </section>
        <aside className="space-y-4" aria-label={t("staff.moderatorPanels")}>
          <EmployerPanel organization={vacancy.organization} record={review.employerRecord} />
          <VacancyReports reports={review.reports} vacancyId={vacancy.id} />
          <ReviewHistory entries={review.history} />
          {decisions.length > 0 ? (
            <DecisionForm
              vacancyId={vacancy.id}
              version={vacancy.updatedAt.toISOString()}
              decisions={decisions}
              context={context}
              sections={vacancySections.map((section) => [section, t(`vacancyForm.${sectionLabel[section]}`)] as const)}
            />
          ) : (
            <Panel tone="info" className="text-sm" data-testid="history-only">
              {t("staff.historyOnly")}
            </Panel>
          )}
        </aside>
      </div>
    </div>
  );
}
