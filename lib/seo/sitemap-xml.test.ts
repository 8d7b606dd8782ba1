import { describe, expect, it } from "vitest";
import {
  inEveryLocale,
  itemsPerSitemap,
  parseSitemapPart,
  sitemapIndexXml,
  sitemapPartNames,
  urlSetXml,
} from "./sitemap-xml";

describe("sitemaps", () => {
  it("splits 100 000 vacancies in four languages into parts within Google's 50 000 URLs", () => {
    const names = sitemapPartNames({ vacancies: 100_000, employers: 12_345 });
    expect(names.filter((n) => n.startsWith("vacancies-"))).toHaveLength(10);
    expect(names.filter((n) => n.startsWith("employers-"))).toEqual(["employers-0", "employers-1"]);
    expect(names[0]).toBe("pages");
    expect(inEveryLocale("https://x.kg", "/vacancies/a").length * itemsPerSitemap).toBeLessThanOrEqual(50_000);
  });

  it("has only the pages part when nothing is published", () => {
    expect(sitemapPartNames({ vacancies: 0, employers: 0 })).toEqual(["pages"]);
  });

  it("reads part names and refuses anything else", () => {
    expect(parseSitemapPart("pages.xml")).toEqual({ kind: "pages" });
    expect(parseSitemapPart("vacancies-12.xml")).toEqual({ kind: "vacancies", chunk: 12 });
    expect(parseSitemapPart("employers-0.xml")).toEqual({ kind: "employers", chunk: 0 });
    for (const bad of ["vacancies.xml", "vacancies--1.xml", "users-0.xml", "vacancies-0.xml.gz", "../pages.xml"])
      expect(parseSitemapPart(bad), bad).toBeNull();
  });

  it("writes a url set with every language and lastmod, escaped", () => {
    const xml = urlSetXml(inEveryLocale("https://x.kg/", "/vacancies/a&b", new Date("2026-11-30T10:00:00Z")));
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    expect(xml.match(/<url>/g)).toHaveLength(4);
    expect(xml).toContain(
      "<url><loc>https://x.kg/kk/vacancies/a&amp;b</loc><lastmod>2026-11-30T10:00:00.000Z</lastmod></url>",
    );
  });

  it("writes an index of parts", () => {
    const xml = sitemapIndexXml([{ loc: "https://x.kg/sitemaps/pages.xml" }]);
    expect(xml).toContain("<sitemapindex");
    expect(xml).toContain("<sitemap><loc>https://x.kg/sitemaps/pages.xml</loc></sitemap>");
  });
});
