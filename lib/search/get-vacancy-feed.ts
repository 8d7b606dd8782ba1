import "server-only";
import { getTranslations } from "next-intl/server";
import { localizedPageUrl } from "@/lib/seo/page-metadata";
import { siteOrigin } from "@/lib/seo/public-page-metadata";
import type { Locale } from "@/lib/i18n/routing";
import { payText } from "@/lib/money/pay-text";
import { placeLabel } from "@/lib/reference/place-label";
import { placeNames } from "@/lib/reference/place-names";
import { atomFeedXml, lastUpdated, type AtomEntry } from "./atom-feed";
import { feedSearchPagePath, vacancyFeedPath } from "./feed-path";
import type { SearchHit } from "./port";
import type { SearchQuery } from "./query";
import { searchVacancies } from "./search-vacancies";

/** Entries in a feed: readers keep what they have seen, so the newest fifty are plenty between two polls. */
export const feedSize = 50;

type Places = Awaited<ReturnType<typeof placeNames>>;

/**
 * The Atom feed of a public search: the same vacancies the search page finds (the same engine and filters),
 * newest first. Public data only, so no actor. `filterLabels` name the active filters as the page's chips do.
 */
export async function getVacancyFeed(locale: Locale, query: SearchQuery, filterLabels: string[]): Promise<string> {
  const [t, meta, result, places] = await Promise.all([
    getTranslations({ locale }),
    getTranslations({ locale, namespace: "meta" }),
    searchVacancies({ ...query, sort: "newest", page: 1 }, { pageSize: feedSize }),
    placeNames(),
  ]);
  const origin = siteOrigin();
  const entries = await Promise.all(result.hits.map((hit) => feedEntry(hit, locale, origin, places)));
  const what = [query.q, filterLabels.join(", ")].filter(Boolean).join(" — ");
  const feedUrl = `${origin}${vacancyFeedPath(locale, query)}`;
  return atomFeedXml({
    id: feedUrl,
    title: what ? t("feed.title", { what }) : t("feed.titleAll"),
    subtitle: t("feed.subtitle", { site: meta("siteName") }),
    language: locale,
    selfUrl: feedUrl,
    pageUrl: `${origin}${feedSearchPagePath(locale, query)}`,
    author: { name: meta("siteName"), uri: `${origin}/${locale}` },
    generator: { name: meta("siteName"), uri: origin },
    updated: lastUpdated(entries, new Date()),
    entries,
  });
}

async function feedEntry(hit: SearchHit, locale: Locale, origin: string, places: Places): Promise<AtomEntry> {
  const t = await getTranslations({ locale });
  const place = placeLabel(hit, places, locale);
  const pay = await payText(
    { min: hit.salaryMin, max: hit.salaryMax, currency: hit.salaryCurrency, period: hit.salaryPeriod },
    locale,
  );
  const url = localizedPageUrl(origin, locale, `/vacancies/${hit.id}`);
  return {
    id: url,
    url,
    title: hit.title,
    language: hit.language,
    author: hit.organizationName,
    published: hit.publishedAt,
    updated: hit.publishedAt,
    summary: t("feed.entrySummary", {
      employer: hit.organizationName,
      place: t("feed.place", { place, country: t(`country.${hit.countryCode}`) }),
      pay: pay ?? t("vacancy.salaryNotSpecified"),
    }),
  };
}
