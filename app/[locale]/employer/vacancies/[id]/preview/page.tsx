import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { VacancyDetails } from "@/components/vacancies/vacancy-details";
import { requireEmployerPage } from "@/lib/access/pages";
import { Link } from "@/lib/i18n/navigation";
import { getCurrentExchangeRate } from "@/lib/money/get-current-exchange-rate";
import { isAppError } from "@/lib/server/errors";
import { contactLinks } from "@/lib/vacancies/contact-links";
import { getVacancyPreview } from "@/lib/vacancies/get-vacancy-preview";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "employer.preview" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

// GET /[locale]/employer/vacancies/[id]/preview – the employer's vacancy exactly as seekers will see it
export default async function VacancyPreviewPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireEmployerPage(locale);
  const [t, formT, preview, rate] = await Promise.all([
    getTranslations("employer.preview"),
    getTranslations("vacancyForm"),
    getVacancyPreview(actor, id).catch((error) => {
      if (isAppError(error) && error.code === "not_found") notFound();
      throw error;
    }),
    getCurrentExchangeRate(),
  ]);
  const editLink = (
    <Link href={`/employer/vacancies/${id}/edit`} className="font-medium text-brand-700 underline">
      {t("backToEdit")}
    </Link>
  );
  const state =
    preview.status.revision === "PENDING_REVIEW" || preview.status.vacancy === "PENDING_REVIEW"
      ? "pending"
      : preview.status.vacancy === "PUBLISHED" && preview.status.revision
        ? "edit"
        : preview.status.vacancy === "PUBLISHED"
          ? "published"
          : "draft";

  if (!preview.complete) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Panel tone="warning" className="space-y-2" data-testid="preview-incomplete">
          <p>{t("incomplete")}</p>
          <ul className="list-inside list-disc">
            {preview.missing.map((field) => (
              <li key={field}>{formT.has(field as never) ? formT(field as never) : field}</li>
            ))}
          </ul>
        </Panel>
        <p>{editLink}</p>
      </div>
    );
  }
  const { vacancy } = preview;
  return (
    <div className="space-y-6">
      <Panel as="aside" tone="info" className="space-y-1" aria-label={t("title")} data-testid="preview-banner">
        <p className="font-semibold">{t("title")}</p>
        <p className="text-sm text-slate-800">{t(`state.${state}`)}</p>
        <p className="text-sm">{editLink}</p>
      </Panel>
      <article className="space-y-6" aria-label={t("articleLabel")}>
        <VacancyDetails
          vacancy={vacancy}
          rate={rate}
          locale={locale}
          links={contactLinks(vacancy)}
          respond={vacancy.responsesEnabled}
        />
      </article>
    </div>
  );
}
