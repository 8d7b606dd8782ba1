// GET /robots.txt – public pages may be crawled; accounts, the back office, development pages and the API not
import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/seo/public-page-metadata";

// APP_URL is read when the file is requested, not when `next build` runs.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const origin = siteOrigin();
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      // "/*/employer/" and "/*/employer$": the employer area and its entry page, not the public /<locale>/employers/…
      disallow: ["/*/employer/", "/*/employer$", "/*/staff/", "/*/staff$", "/*/dev/", "/api/"],
    },
    sitemap: `${origin}/sitemap.xml`,
    host: origin,
  };
}
