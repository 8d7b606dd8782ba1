// GET /[locale]/vacancies/feed?q=…&country=… – the Atom feed of a search (the search page's parameters), newest first
import { filterLabel } from "@/components/search/active-filters";
import { isLocale } from "@/lib/i18n/routing";
import { placeNames } from "@/lib/reference/place-names";
import { atomContentType } from "@/lib/search/atom-feed";
import { getVacancyFeed } from "@/lib/search/get-vacancy-feed";
import { activeFilters, parseSearchQuery } from "@/lib/search/query";
import { etagOf, matchesEtag } from "@/lib/server/etag";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const { searchParams } = new URL(request.url);
  // As the page reads them: a repeated parameter counts once (its first value).
  const query = parseSearchQuery(Object.fromEntries([...searchParams.keys()].map((k) => [k, searchParams.getAll(k)])));
  const places = await placeNames();
  const labels = await Promise.all(activeFilters(query).map((key) => filterLabel(query, key, places, locale)));
  const xml = await getVacancyFeed(locale, query, labels);
  const etag = etagOf(xml);
  const headers = { ETag: etag, "Cache-Control": "public, max-age=300, stale-while-revalidate=600" };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers: { ...headers, "Content-Type": atomContentType } });
}
