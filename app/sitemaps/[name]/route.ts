// GET /sitemaps/<part>.xml – one part of the sitemap: pages.xml (home and search), vacancies-N.xml, employers-N.xml
import { getSitemapIndex } from "@/lib/seo/get-sitemap-index";
import { listSitemapEmployers } from "@/lib/seo/list-sitemap-employers";
import { listSitemapVacancies } from "@/lib/seo/list-sitemap-vacancies";
import { siteOrigin } from "@/lib/seo/public-page-metadata";
import { inEveryLocale, parseSitemapPart, urlSetXml, type SitemapPart, type SitemapUrl } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

async function urlsOf(part: SitemapPart, origin: string): Promise<SitemapUrl[]> {
  if (part.kind === "pages") {
    const { lastModified } = await getSitemapIndex();
    return [...inEveryLocale(origin, "", lastModified), ...inEveryLocale(origin, "/vacancies", lastModified)];
  }
  const [list, path] =
    part.kind === "vacancies" ? [listSitemapVacancies, "/vacancies"] : [listSitemapEmployers, "/employers"];
  const items = await list(part.chunk);
  return items.flatMap((item) => inEveryLocale(origin, `${path}/${item.id}`, item.lastModified));
}

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const part = parseSitemapPart((await params).name);
  const urls = part ? await urlsOf(part, siteOrigin()) : [];
  // A part past the end (the index shrank since a crawler read it) is gone, like an unknown name.
  if (urls.length === 0) return new Response("Not found", { status: 404 });
  return new Response(urlSetXml(urls), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=600" },
  });
}
