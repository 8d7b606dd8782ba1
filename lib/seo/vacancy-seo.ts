import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { toAmount } from "@/lib/money/convert";
import { payText } from "@/lib/money/pay-text";
import { placeName } from "@/lib/reference/place-name";
import type { PublishedVacancy } from "@/lib/vacancies/get-published-vacancy";
import { jobPostingJsonLd } from "./job-posting";
import { vacancyMetaDescription } from "./meta-description";
import { localizedPageUrl } from "./page-metadata";
import { publicPageMetadata, siteOrigin } from "./public-page-metadata";

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
      pay: await payText(
        {
          min: toAmount(vacancy.salaryMin),
          max: toAmount(vacancy.salaryMax),
          currency: vacancy.salaryCurrency,
          period: vacancy.salaryPeriod,
        },
        locale,
      ),
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
