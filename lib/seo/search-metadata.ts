import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { vacancyFeedPath } from "@/lib/search/feed-path";
import type { SearchQuery } from "@/lib/search/query";
import { metaDescriptionLength } from "./meta-description";
import { truncate } from "./plain-text";
import { publicPageMetadata, siteOrigin } from "./public-page-metadata";
import { canonicalSearch, isIndexableSearch } from "./search-canonical";

/**
 * The search page's metadata: a title with the typed words ("повар — вакансии") or the filters in words
 * ("Вакансии: Казахстан, Строительство"), the page number from page 2 on; canonical without the sort order.
 */
export async function searchMetadata(query: SearchQuery, filterLabels: string[], locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "seo" });
  const filters = filterLabels.join(", ");
  const base = query.q
    ? filters
      ? t("searchTitleQueryFilters", { query: query.q, filters })
      : t("searchTitleQuery", { query: query.q })
    : filters
      ? t("searchTitleFilters", { filters })
      : t("searchTitle");
  const title = query.page > 1 ? t("titleWithPage", { title: base, page: query.page }) : base;
  const what = [query.q, filters].filter(Boolean).join(", ");
  const description = truncate(
    what ? t("searchDescriptionFor", { what }) : t("searchDescription"),
    metaDescriptionLength,
  );
  const metadata = await publicPageMetadata({
    locale,
    path: "/vacancies",
    search: canonicalSearch(query),
    title,
    description,
  });
  // <link rel="alternate" type="application/atom+xml">: feed readers find the search's feed from the page.
  const feedTitle = (await getTranslations({ locale, namespace: "feed" }))("linkTitle");
  const feed = { url: `${siteOrigin()}${vacancyFeedPath(locale, query)}`, title: feedTitle };
  const withFeed = { ...metadata, alternates: { ...metadata.alternates, types: { "application/atom+xml": [feed] } } };
  return isIndexableSearch(query) ? withFeed : { ...withFeed, robots: { index: false, follow: true } };
}
