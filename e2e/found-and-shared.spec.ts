// Found and shared: robots.txt and the sitemaps as a crawler reads them, canonical and hreflang on the public
// pages, link previews, and the JobPosting structured data of a live vacancy page checked by an independent
// validator (docs/decisions/0017).
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { e2eServer } from "./support/server";
import { createVacancy } from "../prisma/seed/factories";
import { locales } from "../lib/i18n/routing";
import { describeIssues, validateStructuredData } from "../lib/testing/structured-data";

const base = e2eServer.baseUrl;
const db = async () => (await import("../lib/server/db")).db;
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));

async function xml(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/xml");
  return response.text();
}

/** The canonical URL and the hreflang alternates in the page's head. */
async function linksOf(page: Page) {
  const head = page.locator("head");
  const canonical = await head.locator('link[rel="canonical"]').getAttribute("href");
  const alternates = await head
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      Object.fromEntries(links.map((link) => [link.getAttribute("hreflang"), link.getAttribute("href")])),
    );
  const meta = (selector: string) => head.locator(selector).first().getAttribute("content");
  return {
    canonical,
    alternates,
    ogUrl: await meta('meta[property="og:url"]'),
    ogTitle: await meta('meta[property="og:title"]'),
    ogDescription: await meta('meta[property="og:description"]'),
    twitterCard: await meta('meta[name="twitter:card"]'),
  };
}

/** Every language's URL of the same page, and x-default without a language. */
const sameEverywhere = (path: string, search = "") => ({
  ...Object.fromEntries(locales.map((l) => [l, `${base}/${l}${path}${search}`])),
  "x-default": `${base}${path || "/"}${search}`,
});

test("robots.txt lets crawlers into public pages only and names the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain("User-Agent: *");
  expect(text).toContain("Allow: /");
  for (const path of ["/*/employer/", "/*/staff/", "/*/dev/", "/api/"]) expect(text).toContain(`Disallow: ${path}\n`);
  expect(text).not.toMatch(/Disallow: \/\*\/employers/);
  expect(text).toContain(`Sitemap: ${base}/sitemap.xml`);
});

test("the sitemap index leads to every public vacancy and employer in four languages, and nothing else", async ({
  request,
  accounts,
}) => {
  const employer = await accounts.employer({ country: "KG" });
  const other = await accounts.employer({ country: "KZ" });
  const prisma = await db();
  const open = await createVacancy(prisma, { organizationId: employer.organizationId, countryCode: "KG" });
  const closed = await createVacancy(prisma, {
    organizationId: other.organizationId,
    status: "CLOSED",
    closedAt: new Date(),
  });

  const index = await xml(request, "/sitemap.xml");
  expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  const parts = locs(index);
  expect(parts).toEqual(expect.arrayContaining([`${base}/sitemaps/pages.xml`, `${base}/sitemaps/vacancies-0.xml`]));
  expect(parts.some((part) => /\/sitemaps\/employers-0\.xml$/.test(part))).toBe(true);

  const urls: string[] = [];
  for (const part of parts) {
    const body = await xml(request, part.replace(base, ""));
    expect(body).toContain("<urlset");
    const found = locs(body);
    expect(found.length).toBeLessThanOrEqual(50_000);
    expect(body.match(/<lastmod>\d{4}-\d\d-\d\dT[\d:.]+Z<\/lastmod>/g)).toHaveLength(found.length);
    urls.push(...found);
  }
  expect(new Set(urls).size).toBe(urls.length);

  for (const locale of locales) {
    expect(urls).toContain(`${base}/${locale}`);
    expect(urls).toContain(`${base}/${locale}/vacancies`);
    expect(urls).toContain(`${base}/${locale}/vacancies/${open.id}`);
    expect(urls).toContain(`${base}/${locale}/employers/${employer.organizationId}`);
    expect(urls).not.toContain(`${base}/${locale}/vacancies/${closed.id}`);
    expect(urls).not.toContain(`${base}/${locale}/employers/${other.organizationId}`);
  }
  const { publicVacancyWhere } = await import("../lib/vacancies/public-vacancy-where");
  const published = await prisma.vacancy.count({ where: publicVacancyWhere() });
  expect(urls.filter((url) => /\/vacancies\/[^/]+$/.test(url))).toHaveLength(published * locales.length);
  expect(urls.some((url) => /\/(employer|staff|dev)\//.test(url))).toBe(false);

  expect((await request.get("/sitemaps/vacancies-999.xml")).status()).toBe(404);
});

test("home and search pages name themselves canonical and the same page in the other languages", async ({ page }) => {
  await page.goto("/kk");
  expect(await linksOf(page)).toMatchObject({
    canonical: `${base}/kk`,
    alternates: sameEverywhere(""),
    ogUrl: `${base}/kk`,
    twitterCard: "summary",
  });

  // Sort order and the first page are not part of the canonical URL; text and filters are.
  await page.goto("/ru/vacancies?q=повар&country=KZ&sort=newest&utm_source=telegram");
  const search = "?q=%D0%BF%D0%BE%D0%B2%D0%B0%D1%80&country=KZ";
  const links = await linksOf(page);
  expect(links).toMatchObject({
    canonical: `${base}/ru/vacancies${search}`,
    alternates: sameEverywhere("/vacancies", search),
  });
  await expect(page).toHaveTitle(/^повар — вакансии: Казахстан · /);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, follow");

  await page.goto("/en/vacancies?sector=CONSTRUCTION&page=2");
  expect((await linksOf(page)).canonical).toBe(`${base}/en/vacancies?sector=CONSTRUCTION&page=2`);
  await expect(page).toHaveTitle(/^Vacancies: Construction, page 2 · /);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);

  // Each alternate is that page, naming itself canonical.
  await page.goto(links.alternates.ky!);
  expect((await linksOf(page)).canonical).toBe(links.alternates.ky);
});

test("a vacancy page: canonical, hreflang, a preview and a JobPosting an independent validator accepts", async ({
  page,
  request,
  accounts,
}) => {
  const employer = await accounts.employer({ country: "KZ", legalName: "ТОО «Дастархан»" });
  const prisma = await db();
  const title = "Повар </script><script>window.__injected=1</script>";
  const vacancy = await createVacancy(prisma, {
    organizationId: employer.organizationId,
    title,
    description: "Готовим блюда казахской кухни для 300 гостей.\nСмена 12 часов.",
    address: "ул. Абая, 10",
  });
  const closed = await createVacancy(prisma, { organizationId: employer.organizationId, status: "CLOSED" });

  await page.goto(`/ru/vacancies/${vacancy.id}`);
  const links = await linksOf(page);
  expect(links).toMatchObject({
    canonical: `${base}/ru/vacancies/${vacancy.id}`,
    alternates: sameEverywhere(`/vacancies/${vacancy.id}`),
    ogUrl: `${base}/ru/vacancies/${vacancy.id}`,
    ogTitle: `${title} · ТОО «Дастархан» · город Алматы`,
    twitterCard: "summary",
  });
  expect(links.ogDescription).toBe(
    "250 000 тенге – 350 000 тенге в месяц · город Алматы, Казахстан · ТОО «Дастархан». Готовим блюда казахской кухни для 300 гостей.",
  );
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();

  const html = await (
    await request.get(`/ru/vacancies/${vacancy.id}`, { headers: { "User-Agent": "Mozilla/5.0" } })
  ).text();
  // Metadata is in the head for every client, not streamed into the body (link-preview bots read the head only).
  expect(html.slice(0, html.indexOf("</head>"))).toContain('<link rel="canonical"');
  const { data, issues } = await validateStructuredData(html);
  expect(describeIssues(issues)).toEqual(['WARNING Missing field "jobLocationType" (optional)']);
  expect(data.jsonld.JobPosting).toHaveLength(1);
  expect(data.jsonld.JobPosting![0]).toMatchObject({
    title,
    hiringOrganization: { name: "ТОО «Дастархан»", sameAs: `${base}/ru/employers/${employer.organizationId}` },
    identifier: { value: vacancy.id },
    baseSalary: { currency: "KZT", value: { minValue: 250000, maxValue: 350000, unitText: "MONTH" } },
    jobLocation: { address: { addressCountry: "KZ", streetAddress: "ул. Абая, 10" } },
  });

  // A closed vacancy has no page, so no structured data.
  const gone = await request.get(`/ru/vacancies/${closed.id}`);
  expect(gone.status()).toBe(404);
  expect(await gone.text()).not.toContain("application/ld+json");
});
