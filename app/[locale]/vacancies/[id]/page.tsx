import type { Metadata } from "next";
import { cache, Suspense } from "react";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { RespondForm } from "@/components/responses/respond-form";
import { ContactPanel, StickyContactBar } from "@/components/vacancies/contact-panel";
import { SafetyAdvice } from "@/components/vacancies/safety-advice";
import { SaveShare } from "@/components/vacancies/save-share";
import { ViewBeacon } from "@/components/vacancies/view-beacon";
import { BackToAllVacancies, BackToResults } from "@/components/vacancies/back-to-results";
import { SimilarVacancies } from "@/components/vacancies/similar-vacancies";
import { Badge } from "@/components/ui/badge";
import { FactList } from "@/components/vacancies/fact-list";
import { DemoBadge } from "@/components/vacancies/demo-badge";
import { ReportForm } from "@/components/vacancies/report-form";
import { Salary } from "@/components/vacancies/salary";
import { VerificationBadge } from "@/components/vacancies/verification-badge";
import { Link } from "@/lib/i18n/navigation";
import { localizedName } from "@/lib/i18n/localized-name";
import { placeName } from "@/lib/reference/place-name";
import { toAmount } from "@/lib/money/convert";
import { getCurrentExchangeRate } from "@/lib/money/get-current-exchange-rate";
import { isAppError } from "@/lib/server/errors";
import { getPublishedVacancy } from "@/lib/vacancies/get-published-vacancy";
import { contactLinks } from "@/lib/vacancies/contact-links";
import { findSimilarVacancies } from "@/lib/vacancies/find-similar-vacancies";
import { placeNames } from "@/lib/reference/place-names";
import { calendarDay } from "@/lib/vacancies/form-values";
import { absoluteUrl } from "@/lib/server/urls";
import { Panel } from "@/components/ui/panel";
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
  const [vacancy, rate, t, format, messages] = await Promise.all([
    loadVacancy(id),
    getCurrentExchangeRate(),
    getTranslations(),
    getFormatter(),
    getMessages(),
  ]);
  const provided = (flag: boolean) => (flag ? t("vacancy.provided") : t("vacancy.notProvided"));
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "long" }) : null);
  const isAgency = vacancy.organization.kind === "RECRUITMENT_AGENCY";
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
      <Panel as="header" padding="lg" className="space-y-3">
        <h1 className="text-2xl font-bold leading-tight" lang={vacancy.language}>
          {vacancy.title}
        </h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-800">
          <Link href={`/employers/${vacancy.organization.id}`} className="font-medium text-brand-700 underline">
            {vacancy.organization.legalName}
          </Link>
          <VerificationBadge state={vacancy.organization.verificationState} />
          <Badge>{t(`organizationKind.${vacancy.organization.kind}`)}</Badge>
          {vacancy.organization.isDemo && <DemoBadge />}
        </p>
        <div>
          <h2 className="sr-only">{t("vacancy.salary")}</h2>
          <Salary
            min={toAmount(vacancy.salaryMin)}
            max={toAmount(vacancy.salaryMax)}
            currency={vacancy.salaryCurrency}
            period={vacancy.salaryPeriod}
            rate={rate}
            detailed
          />
        </div>
        <p className="text-slate-700">
          {t(`country.${vacancy.countryCode}`)} · {placeName(vacancy, locale)}
        </p>
        {vacancy.noFeeConfirmed && (
          <p className="text-sm font-medium text-emerald-800">✓ {t("vacancy.noFeeConfirmed")}</p>
        )}
      </Panel>

      {/* Contact first (right under the title and pay); saving and sharing come after it. */}
      <ContactPanel links={links} contactName={vacancy.contactName} respond={respond} />
      <NextIntlClientProvider messages={clientMessages("share")}>
        <SaveShare
          vacancy={{ id: vacancy.id, title: vacancy.title }}
          url={absoluteUrl(`/${locale}/vacancies/${vacancy.id}`)}
        />
      </NextIntlClientProvider>

      {isAgency && (
        <Panel as="aside" tone="warning" className="text-sm text-amber-950">
          <p>{t("vacancy.agencyNotice")}</p>
          {vacancy.organization.agencyLicense && (
            <p className="mt-1">{t("vacancy.agencyLicense", { license: vacancy.organization.agencyLicense })}</p>
          )}
        </Panel>
      )}

      <Panel as="section" padding="lg">
        <h2 className="mb-3 text-lg font-semibold">{t("vacancy.aboutJob")}</h2>
        <div className="whitespace-pre-line leading-relaxed" lang={vacancy.language}>
          {vacancy.description}
        </div>
        {vacancy.language !== locale && (
          <p className="mt-3 text-xs text-slate-500">
            {t("vacancy.languageOfText", { language: t(`language.${vacancy.language}`) })}
          </p>
        )}
      </Panel>

      <Panel as="section" padding="lg">
        <h2 className="mb-3 text-lg font-semibold">{t("vacancy.conditions")}</h2>
        <FactList
          facts={[
            [t("vacancy.occupation"), `${localizedName(vacancy.occupation, locale)} (${vacancy.occupation.code})`],
            [t("vacancy.sector"), t(`sector.${vacancy.sector}`)],
            [t("vacancy.employmentType"), t(`employmentType.${vacancy.employmentType}`)],
            [t("vacancy.schedule"), vacancy.schedule],
            [t("vacancy.contractType"), t(`contractType.${vacancy.contractType}`)],
            [t("vacancy.positions"), t("vacancy.positionsCount", { count: vacancy.positions })],
            [t("vacancy.housing"), provided(vacancy.housingProvided)],
            [t("vacancy.meals"), provided(vacancy.mealsProvided)],
            [t("vacancy.transport"), provided(vacancy.transportProvided)],
            // "Paid by: not needed" reads wrongly: without a payer the line names the cost itself.
            ...(["travel", "housing", "documents"] as const).map((cost): [string, string] => {
              const bearer = vacancy[`${cost}PaidBy`];
              return [
                t(bearer === "NOT_APPLICABLE" ? `vacancy.${cost}Cost` : `vacancy.${cost}PaidBy`),
                t(`costBearer.${bearer}`),
              ];
            }),
            [
              t("vacancy.openToOther"),
              vacancy.openToOtherCountry ? t("vacancy.openToOtherYes") : t("vacancy.openToOtherNo"),
            ],
          ]}
        />
      </Panel>

      <Panel as="section" padding="lg">
        <h2 className="mb-3 text-lg font-semibold">{t("vacancy.requirements")}</h2>
        <FactList
          facts={[
            [t("vacancy.experience"), t(`experience.${vacancy.experience}`)],
            [t("vacancy.education"), t(`education.${vacancy.education}`)],
            [
              t("vacancy.languages"),
              vacancy.languages.map((code) => t(`language.${code}` as "language.ru")).join(", "),
            ],
          ]}
        />
      </Panel>

      <Panel as="section" padding="lg">
        <h2 className="mb-3 text-lg font-semibold">{t("vacancy.place")}</h2>
        <FactList
          facts={[
            [t("vacancy.country"), t(`country.${vacancy.countryCode}`)],
            [t("vacancy.region"), localizedName(vacancy.region, locale)],
            [t("vacancy.city"), vacancy.city ? localizedName(vacancy.city, locale) : null],
            [t("vacancy.address"), vacancy.address],
          ]}
        />
      </Panel>

      <p className="text-sm text-slate-500">
        {t("vacancy.publishedAt")}: {date(vacancy.publishedAt)} · {t("vacancy.validThrough")}:{" "}
        {format.dateTime(calendarDay(vacancy.validThrough), { dateStyle: "long", timeZone: "UTC" })}
      </p>

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
          errors: {
            invalid: t("errors.invalid"),
            rate_limited: t("errors.rate_limited"),
            not_found: t("errors.not_found"),
            unexpected: t("errors.unexpected"),
          },
        }}
      />

      <SimilarVacancies similar={similar} places={places} />
      <StickyContactBar links={links} respond={respond} />
    </article>
  );
}
