import { getLocale, getTranslations } from "next-intl/server";
import { vacancyFeedPath } from "@/lib/search/feed-path";
import type { SearchQuery } from "@/lib/search/query";

/**
 * "Subscribe via RSS/Atom": the current search's feed (the page's head names it too, for readers that look
 * there). A plain <a>: the feed is not a page of the app, so no client-side navigation or prefetch.
 */
export async function FeedLink({ query }: { query: SearchQuery }) {
  const [t, locale] = await Promise.all([getTranslations("feed"), getLocale()]);
  return (
    <a
      href={vacancyFeedPath(locale, query)}
      type="application/atom+xml"
      className="inline-flex min-h-11 items-center gap-1.5 text-sm text-brand-700 underline lg:min-h-6"
      data-testid="feed-link"
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4 shrink-0 fill-current">
        <circle cx="3" cy="13" r="2" />
        <path d="M1 6.5v2a6.5 6.5 0 0 1 6.5 6.5h2A8.5 8.5 0 0 0 1 6.5Zm0-5v2A11.5 11.5 0 0 1 12.5 15h2A13.5 13.5 0 0 0 1 1.5Z" />
      </svg>
      {t("subscribe")}
    </a>
  );
}
