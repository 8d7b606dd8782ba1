import { locales } from "@/lib/i18n/routing";
import { localizedPageUrl } from "./page-metadata";

// Sitemaps (sitemaps.org protocol) for search engines. Google reads at most 50 000 URLs (50 MB) per file, so
// /sitemap.xml is an index of parts, each within the limit for a portal of 100 000 vacancies in four languages.

/** Vacancies (and employers) per part: each becomes one URL per language, 4 × 10 000 = 40 000 < 50 000. */
export const itemsPerSitemap = 10_000;

export type SitemapUrl = { loc: string; lastModified?: Date };

const xmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => xmlEscapes[c]!);

const entry = (tag: "url" | "sitemap", { loc, lastModified }: SitemapUrl) =>
  `<${tag}><loc>${escapeXml(loc)}</loc>${lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ""}</${tag}>`;

const document = (root: "urlset" | "sitemapindex", tag: "url" | "sitemap", items: SitemapUrl[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items
    .map((item) => entry(tag, item))
    .join("\n")}\n</${root}>\n`;

export function urlSetXml(urls: SitemapUrl[]): string {
  return document("urlset", "url", urls);
}

export function sitemapIndexXml(sitemaps: SitemapUrl[]): string {
  return document("sitemapindex", "sitemap", sitemaps);
}

/** One page in every language: /ru/…, /ky/…, /kk/…, /en/…. */
export function inEveryLocale(origin: string, path: string, lastModified?: Date): SitemapUrl[] {
  return locales.map((locale) => ({ loc: localizedPageUrl(origin, locale, path), lastModified }));
}

/** The parts of the index: "pages", "vacancies-0", "vacancies-1", …, "employers-0", …. */
export function sitemapPartNames(counts: { vacancies: number; employers: number }): string[] {
  const parts = (kind: string, count: number) =>
    Array.from({ length: Math.ceil(count / itemsPerSitemap) }, (_, i) => `${kind}-${i}`);
  return ["pages", ...parts("vacancies", counts.vacancies), ...parts("employers", counts.employers)];
}

export type SitemapPart = { kind: "pages" } | { kind: "vacancies" | "employers"; chunk: number };

/** "vacancies-3.xml" → { kind: "vacancies", chunk: 3 }; null for any other name. */
export function parseSitemapPart(fileName: string): SitemapPart | null {
  if (fileName === "pages.xml") return { kind: "pages" };
  const match = /^(vacancies|employers)-(\d{1,4})\.xml$/.exec(fileName);
  return match ? { kind: match[1] as "vacancies" | "employers", chunk: Number(match[2]) } : null;
}
