// The Atom feed of a search as a feed reader fetches it: valid Atom (RFC 4287 rules, e2e/support/atom.ts) in two
// languages with the demo data, the search's own vacancies newest first, links from APP_URL whatever the Host
// header says, a 304 for a reader that has it; the search page names it in its head and under the count.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { catalog } from "./messages";
import { isNewestFirst, isRfc3339, parseAtom } from "./support/atom";
import { e2eServer } from "./support/server";

test.skip(({ isMobile }) => isMobile, "HTTP only; the desktop project covers it");

const base = e2eServer.baseUrl;
const db = async () => (await import("../lib/server/db")).db;

async function feed(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const response = await request.get(path, { headers, maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const text = await response.text();
  const parsed = parseAtom(text);
  expect(parsed.problems, path).toEqual([]);
  return { response, text, parsed };
}

/** The vacancies behind the entries, by the id at the end of each entry's address. */
async function vacanciesOf(entries: { id: string }[]) {
  const ids = entries.map((entry) => entry.id.split("/").at(-1)!);
  const rows = await (
    await db()
  ).vacancy.findMany({ where: { id: { in: ids } }, select: { id: true, countryCode: true, status: true } });
  return ids.map((id) => rows.find((row) => row.id === id));
}

for (const { locale, path, country, title } of [
  {
    locale: "ru",
    path: "/ru/vacancies/feed?q=водитель&country=KZ",
    country: "KZ",
    title: "Вакансии: водитель — Казахстан",
  },
  { locale: "ky", path: "/ky/vacancies/feed?country=KG", country: "KG", title: "Вакансиялар: Кыргызстан" },
] as const) {
  test(`the feed ${path}: valid Atom, the search's vacancies newest first, links to the portal`, async ({
    request,
  }) => {
    const { response, parsed } = await feed(request, path);
    expect(response.headers()["cache-control"]).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    expect(parsed.lang).toBe(locale);
    expect(parsed.title).toBe(title);
    expect(parsed.id).toBe(`${base}${encodeURI(path)}`);
    expect(parsed.links).toContainEqual({ rel: "self", type: "application/atom+xml", href: parsed.id });
    const page = parsed.links.find((link) => link.rel === "alternate")!;
    expect(page.type).toBe("text/html");
    expect(new URL(page.href).pathname).toBe(`/${locale}/vacancies`);
    expect(new URL(page.href).searchParams.get("country")).toBe(country);
    expect(new URL(page.href).searchParams.get("sort")).toBe("newest");

    expect(parsed.entries.length).toBeGreaterThan(0);
    expect(parsed.entries.length).toBeLessThanOrEqual(50);
    expect(isNewestFirst(parsed.entries)).toBe(true);
    expect(parsed.updated).toBe(parsed.entries[0]!.updated);
    const countryName = catalog(locale).country![country]!;
    for (const entry of parsed.entries) {
      expect(entry.id).toMatch(new RegExp(`^${base}/${locale}/vacancies/[^/?#]+$`));
      expect(entry.links).toEqual([{ rel: "alternate", type: "text/html", href: entry.id }]);
      expect(isRfc3339(entry.published!)).toBe(true);
      expect(entry.authors).toHaveLength(1);
      // Employer · place, country · pay (or "negotiable"), in the feed's language.
      expect(entry.summary).toContain(`${entry.authors[0]} · `);
      expect(entry.summary).toContain(`, ${countryName} · `);
    }
    for (const vacancy of await vacanciesOf(parsed.entries)) {
      expect(vacancy).toMatchObject({ countryCode: country, status: "PUBLISHED" });
    }
    if (locale === "ru") {
      // The same vacancies the search finds, in the same order (the JSON search: the first page of twenty).
      const api = await request.get(`/api/search?q=${encodeURIComponent("водитель")}&country=KZ&sort=newest`);
      const { hits } = (await api.json()) as { hits: { id: string }[] };
      expect(parsed.entries.slice(0, hits.length).map((e) => e.id)).toEqual(
        hits.map((hit) => `${base}/ru/vacancies/${hit.id}`),
      );
    } else {
      // Without words: every published vacancy of the country, up to fifty.
      const published = await (await db()).vacancy.count({ where: { countryCode: "KG", status: "PUBLISHED" } });
      expect(parsed.entries).toHaveLength(Math.min(published, 50));
    }

    // A reader that has this version gets 304 Not Modified, without a body.
    const etag = response.headers()["etag"]!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(again.status()).toBe(304);
    expect(await again.text()).toBe("");
  });
}

test("the feed's addresses come from APP_URL, never from the request's Host", async ({ request }) => {
  const { text } = await feed(request, "/en/vacancies/feed?country=KZ", {
    Host: "evil.example",
    "X-Forwarded-Host": "evil.example",
  });
  expect(text).not.toContain("evil.example");
  expect(text).toContain(`<id>${base}/en/vacancies/feed?country=KZ</id>`);
});

test("malformed and unknown parameters are dropped as on the search page: a valid feed, never a server error", async ({
  request,
}) => {
  const { parsed } = await feed(
    request,
    "/kk/vacancies/feed?country=XX&pay=-5&currency=EUR&page=abc&sort=%00&days=2&region=<script>&q=%00%01&q=second&whatever=1",
  );
  // Nothing valid is left: every published vacancy, newest first, under the general title.
  expect(parsed.title).toBe(catalog("kk").feed!.titleAll);
  expect(parsed.entries).toHaveLength(50);
  expect(isNewestFirst(parsed.entries)).toBe(true);
  const empty = await feed(request, "/ru/vacancies/feed?q=zzqqxxyyvvww");
  expect(empty.parsed.entries).toEqual([]);
  expect(isRfc3339(empty.parsed.updated)).toBe(true);
});

test("a feed in a language the portal does not have is not found", async ({ request }) => {
  const response = await request.get("/de/vacancies/feed?country=KZ");
  expect(response.status()).toBe(404);
});

test("the search page names the feed of the same search in its head and in a link under the count", async ({
  page,
}) => {
  await page.goto("/ru/vacancies?q=водитель&country=KZ&sort=salary");
  const t = catalog("ru");
  const head = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(head).toHaveCount(1);
  const feedUrl = `${base}/ru/vacancies/feed?q=${encodeURIComponent("водитель")}&country=KZ`;
  await expect(head).toHaveAttribute("href", feedUrl);
  await expect(head).toHaveAttribute("title", t.feed!.linkTitle!);
  const link = page.getByRole("link", { name: t.feed!.subscribe });
  await expect(link).toHaveAttribute("href", feedUrl.slice(base.length));
  const response = await page.request.get(feedUrl);
  expect(response.status()).toBe(200);
});
