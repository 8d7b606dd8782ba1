// Thousands of random and malformed requests at every route that parses what a caller sends (query
// strings, path segments, bodies): each must be answered without a server error. Seeded and repeatable
// (FUZZ_SEED); the use cases behind the forms get the same treatment in lib/testing/fuzz.integration.test.ts.
import { test, expect } from "@playwright/test";
import { createRandom, type Random } from "../prisma/seed/random";
import { sessionCookieFor } from "./support/fixtures";
import { e2eServer } from "./support/server";
import { hostileValues } from "../lib/testing/hostile-values";

process.env.DATABASE_URL = e2eServer.databaseUrl;
process.env.DATABASE_POOL_MAX = "1";

test.skip(({ isMobile }) => isMobile, "HTTP only; the desktop project covers it");

const seed = Number(process.env.FUZZ_SEED ?? 20261130);
const perRoute = Number(process.env.FUZZ_REQUESTS ?? 150);

// Besides the shared values: broken percent-encoding, and values that only a URL can carry.
const hostile = [
  ...hostileValues,
  "%00",
  "%",
  "%E0%A4%A",
  "%ZZ",
  "💥".repeat(30),
  "x".repeat(5_000),
  "KG",
  "ru",
  "__proto__",
];
const names = [
  "q",
  "country",
  "region",
  "city",
  "sector",
  "group",
  "type",
  "housing",
  "open",
  "verified",
  "agency",
  "pay",
  "currency",
  "days",
  "sort",
  "page",
  "cursor",
  "locale",
  "from",
  "to",
  "action",
  "actor",
  "person",
  "organization",
  "entity",
  "limit",
  "lang",
  "level",
  "parent",
  "noAgencies",
  "__proto__",
  "constructor",
  "q[]",
  "page[]",
];

function value(random: Random): string {
  if (random.chance(0.5)) return encodeURIComponent(random.pick(hostile));
  if (random.chance(0.5)) return random.pick(hostile);
  return encodeURIComponent(
    String.fromCharCode(...Array.from({ length: random.int(1, 30) }, () => random.int(1, 0xd7ff))),
  );
}

function queryString(random: Random): string {
  return Array.from({ length: random.int(0, 8) }, () => `${random.pick(names)}=${value(random)}`).join("&");
}

const routes: { name: string; path: (random: Random) => string; method?: "GET" | "POST"; staff?: boolean }[] = [
  { name: "search page", path: (r) => `/${r.pick(["ru", "ky", "kk", "en"])}/vacancies?${queryString(r)}` },
  { name: "search API", path: (r) => `/api/search?${queryString(r)}` },
  { name: "Atom feed", path: (r) => `/${r.pick(["ru", "ky", "kk", "en"])}/vacancies/feed?${queryString(r)}` },
  { name: "suggestions", path: (r) => `/api/search/suggest?${queryString(r)}` },
  { name: "occupation picker", path: (r) => `/api/occupations?${queryString(r)}` },
  { name: "public API listing", path: (r) => `/api/v1/vacancies?${queryString(r)}` },
  { name: "public API vacancy", path: (r) => `/api/v1/vacancies/${value(r)}?${queryString(r)}` },
  {
    name: "public API reference",
    path: (r) => `/api/v1/reference/${r.pick(["regions", "cities", "occupations"])}?${queryString(r)}`,
  },
  { name: "vacancy page", path: (r) => `/ru/vacancies/${value(r)}?${queryString(r)}` },
  { name: "employer page", path: (r) => `/kk/employers/${value(r)}` },
  { name: "view count", path: (r) => `/api/vacancies/${value(r)}/views`, method: "POST" },
  { name: "sitemaps", path: (r) => `/sitemaps/${value(r)}` },
  { name: "private response link", path: (r) => `/ru/responses/${value(r)}` },
  { name: "staff audit CSV", path: (r) => `/api/staff/audit?${queryString(r)}`, staff: true },
  { name: "staff audit page", path: (r) => `/ru/staff/audit?${queryString(r)}`, staff: true },
  { name: "staff queue", path: (r) => `/ru/staff?${queryString(r)}`, staff: true },
];

for (const route of routes) {
  test(`${perRoute} hostile requests to the ${route.name}: never a server error`, async ({ request }) => {
    const random = createRandom(seed + route.name.length * 7919);
    let headers: Record<string, string> = {};
    let staffId: string | undefined;
    if (route.staff) {
      const { createStaffMember } = await import("../lib/moderation/create-staff-member");
      const member = await createStaffMember(null, {
        email: `fuzz-${Date.now()}@mintrud.example`,
        name: "Администратор",
        role: "ADMINISTRATOR",
        jurisdictions: ["KG", "KZ"],
        password: `Fuzz password ${seed} of the portal`,
      });
      staffId = member.id;
      const cookie = await sessionCookieFor(member.id);
      headers = { Cookie: `${cookie.name}=${cookie.value}` };
    }
    const errors: string[] = [];
    for (let i = 0; i < perRoute; i++) {
      const path = route.path(random);
      const response = await request.fetch(path, {
        method: route.method ?? "GET",
        headers,
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      if (response.status() >= 500) errors.push(`${response.status()} ${path.slice(0, 200)}`);
    }
    if (staffId) await (await import("../lib/server/db")).db.user.delete({ where: { id: staffId } });
    expect(errors, `server errors (FUZZ_SEED=${seed})`).toEqual([]);
  });
}
