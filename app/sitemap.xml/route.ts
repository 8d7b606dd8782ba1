// GET /sitemap.xml – the sitemap index: the pages part, then one part per 10 000 vacancies and employers
import { getSitemapIndex } from "@/lib/seo/get-sitemap-index";
import { siteOrigin } from "@/lib/seo/public-page-metadata";
import { sitemapIndexXml, sitemapPartNames } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

export async function GET() {
  const index = await getSitemapIndex();
  const origin = siteOrigin();
  const xml = sitemapIndexXml(
    sitemapPartNames(index).map((name) => ({
      loc: `${origin}/sitemaps/${name}.xml`,
      lastModified: index.lastModified,
    })),
  );
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=600" },
  });
}
