import "server-only";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { toAmount } from "@/lib/money/convert";
import { placeName } from "@/lib/reference/place-name";
import type { PublishedVacancy } from "@/lib/vacancies/get-published-vacancy";
import { jobPostingJsonLd } from "./job-posting";
import { vacancyMetaDescription } from "./meta-description";
import { localizedPageUrl } from "./page-metadata";
import { publicPageMetadata, siteOrigin } from "./public-page-metadata";

/** "80 000 – 120 000 тенге в месяц" («айына 80 000 – 120 000 теңге»), or null when no amount is stated. */
async function payText(vacancy: PublishedVacancy, locale: string): Promise<string | null> {
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const amount = (value: number) =>
    `${format.number(value, { maximumFractionDigits: value < 100 ? 1 : 0 })} ${t(`currency.${vacancy.salaryCurrency}`)}`;
  const min = toAmount(vacancy.salaryMin);
  const max = toAmount(vacancy.salaryMax);
  const range =
    min !== null && max !== null && min !== max
      ? t("vacancy.salaryRange", { min: amount(min), max: amount(max) })
      : min !== null
        ? max === min
          ? amount(min)
          : t("vacancy.salaryFrom", { amount: amount(min) })
        : max !== null
          ? t("vacancy.salaryTo", { amount: amount(max) })
          : null;
  return (
    range &&
    t.markup("vacancy.salaryWithPeriod", { amount: range, period: vacancy.salaryPeriod, unit: (chunks) => chunks })
  );
}

/** Title "job · employer · place", description of pay, place, employer and the text's first sentence. */
export async function vacancyMetadata(vacancy: PublishedVacancy, locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale });
  const place = `${placeName(vacancy, locale)}, ${t(`country.${vacancy.countryCode}`)}`;
  const employer = vacancy.organization.legalName;
  return publicPageMetadata({
    locale,
    path: `/vacancies/${vacancy.id}`,
    title: t("seo.vacancyTitle", { title: vacancy.title, employer, place: placeName(vacancy, locale) }),
    description: vacancyMetaDescription({
      pay: await payText(vacancy, locale),
      place,
      employer,
      description: vacancy.description,
    }),
    type: "article",
  });
}

/** schema.org JobPosting of a published vacancy, in the page's language. */
export async function vacancyJsonLd(vacancy: PublishedVacancy, locale: string) {
  const [t, meta] = await Promise.all([getTranslations({ locale }), getTranslations({ locale, namespace: "meta" })]);
  const origin = siteOrigin();
  return jobPostingJsonLd(vacancy, {
    locale,
    pageUrl: localizedPageUrl(origin, locale, `/vacancies/${vacancy.id}`),
    employerUrl: localizedPageUrl(origin, locale, `/employers/${vacancy.organization.id}`),
    siteName: meta("siteName"),
    industry: t(`sector.${vacancy.sector}`),
  });
}
