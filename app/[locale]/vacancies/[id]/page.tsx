import type { Metadata } from "next";
import { cache, Suspense } from "react";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { RespondForm } from "@/components/responses/respond-form";
import { StickyContactBar } from "@/components/vacancies/contact-panel";
import { SafetyAdvice } from "@/components/vacancies/safety-advice";
import { SaveShare } from "@/components/vacancies/save-share";
import { ViewBeacon } from "@/components/vacancies/view-beacon";
import { BackToAllVacancies, BackToResults } from "@/components/vacancies/back-to-results";
import { SimilarVacancies } from "@/components/vacancies/similar-vacancies";
import { ReportForm } from "@/components/vacancies/report-form";
import { getCurrentExchangeRate } from "@/lib/money/get-current-exchange-rate";
import { isAppError } from "@/lib/server/errors";
import { getPublishedVacancy } from "@/lib/vacancies/get-published-vacancy";
import { contactLinks } from "@/lib/vacancies/contact-links";
import { findSimilarVacancies } from "@/lib/vacancies/find-similar-vacancies";
import { placeNames } from "@/lib/reference/place-names";
import { absoluteUrl } from "@/lib/server/urls";
import { Panel } from "@/components/ui/panel";
import { VacancyDetails } from "@/components/vacancies/vacancy-details";
import { JsonLd } from "@/components/seo/json-ld";
import { vacancyJsonLd, vacancyMetadata } from "@/lib/seo/vacancy-seo";

// Cached for every visitor and refreshed when the data changes (lib/pages/public-pages.ts).
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

// One read per render: the metadata and the page share it.
const loadVacancy = cache(async (id: string) => {
  try {
    return await getPublishedVacancy(id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  return vacancyMetadata(await loadVacancy(id), locale);
}

// GET /[locale]/vacancies/[id] – one published vacancy with every field
export default async function VacancyPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [vacancy, rate, t, messages] = await Promise.all([
    loadVacancy(id),
    getCurrentExchangeRate(),
    getTranslations(),
    getMessages(),
  ]);
  const links = contactLinks(vacancy);
  const [similar, places] = await Promise.all([
    findSimilarVacancies({
      id: vacancy.id,
      occupationCode: vacancy.occupation.code,
      countryCode: vacancy.countryCode,
      regionCode: vacancy.region.code,
      cityCode: vacancy.city?.code ?? null,
    }),
    placeNames(),
  ]);
  const respond = vacancy.responsesEnabled;
  const backLabels = { toResults: t("vacancy.backToResults"), toAll: t("vacancy.backToList") };
  const clientMessages = (...namespaces: (keyof typeof messages)[]) =>
    Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]));

  return (
    <article className="space-y-6 pb-20 sm:pb-0 print:pb-0">
      <ViewBeacon vacancyId={vacancy.id} />
      <JsonLd data={await vacancyJsonLd(vacancy, locale)} />
      <Suspense fallback={<BackToAllVacancies labels={backLabels} />}>
        <BackToResults labels={backLabels} />
      </Suspense>
      <VacancyDetails
        vacancy={vacancy}
        rate={rate}
        locale={locale}
        links={links}
        respond={respond}
        afterContact={
          <NextIntlClientProvider messages={clientMessages("share")}>
            <SaveShare
              vacancy={{ id: vacancy.id, title: vacancy.title }}
              url={absoluteUrl(`/${locale}/vacancies/${vacancy.id}`)}
            />
          </NextIntlClientProvider>
        }
      />

      {respond ? (
        <NextIntlClientProvider messages={clientMessages("respond", "validation", "errors", "language")}>
          <RespondForm vacancyId={vacancy.id} defaultLanguage={locale} />
        </NextIntlClientProvider>
      ) : (
        <Panel as="p" id="respond" className="text-slate-700">
          {t("respond.off")}
        </Panel>
      )}

      <SafetyAdvice countryCode={vacancy.countryCode} openToOtherCountry={vacancy.openToOtherCountry} />

      <NextIntlClientProvider messages={clientMessages("errors")}>
        <ReportForm
          vacancyId={vacancy.id}
          texts={{
            title: t("report.title"),
            lead: t("report.lead"),
            reasonLabel: t("report.reasonLabel"),
            reasons: Object.fromEntries(
              (["ASKS_FOR_MONEY", "FALSE_INFORMATION", "FORCED_LABOUR", "OFFENSIVE", "OTHER"] as const).map((r) => [
                r,
                t(`report.reason.${r}`),
              ]),
            ),
            message: t("report.message"),
            send: t("report.send"),
            received: t("report.received", { receipt: "{receipt}" }),
            statusLink: t("report.statusLink"),
          }}
        />
      </NextIntlClientProvider>

      <SimilarVacancies similar={similar} places={places} />
      <StickyContactBar links={links} respond={respond} />
    </article>
  );
}
