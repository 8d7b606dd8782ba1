import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { rebuildSearchEntries } from "@/lib/search/postgres-index";
import { createOrganization, createVacancy } from "@/prisma/seed/factories";
import { getApiVacancy } from "./get-api-vacancy";
import { getApiEmployer } from "./get-api-employer";
import { listApiVacancies } from "./list-api-vacancies";
import { apiResponse } from "./respond";

const prisma = testPrisma();
const minute = 60_000;
const ids: Record<string, string> = {};
const reindex = () => prisma.$transaction((tx) => rebuildSearchEntries(tx));
const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://portal.test/api/v1${path}`, { headers: { "x-forwarded-for": "203.0.113.9", ...headers } });

beforeAll(async () => {
  await clearTransactionalData();
  const kz = await createOrganization(prisma, { countryCode: "KZ", legalName: "ТОО «Курылыс»" });
  const blocked = await createOrganization(prisma, { countryCode: "KZ", blockedAt: new Date(), blockReason: "fees" });
  ids.employer = kz.id;
  ids.blockedEmployer = blocked.id;
  const now = Date.now();
  for (let i = 0; i < 5; i++)
    ids[`builder${i}`] = (
      await createVacancy(prisma, {
        organizationId: kz.id,
        title: `Каменщик ${i + 1}`,
        regionCode: "KZ-71",
        contactPhone: "+77011234567",
        publishedAt: new Date(now - (i + 1) * 10 * minute),
      })
    ).id;
  ids.draft = (await createVacancy(prisma, { organizationId: kz.id, status: "DRAFT", publishedAt: null })).id;
  ids.blocked = (await createVacancy(prisma, { organizationId: blocked.id, title: "Каменщик со взносом" })).id;
  await reindex();
});

afterAll(() => clearTransactionalData());

describe("GET /api/v1/vacancies", () => {
  it("pages by cursor without shifting when a vacancy is published meanwhile", async () => {
    const first = await listApiVacancies(new URLSearchParams("country=KZ&sort=newest&limit=2"));
    expect(first.total).toBe(5);
    expect(first.items.map((v) => v.id)).toEqual([ids.builder0, ids.builder1]);
    // A new vacancy, newest of all: it would push every later page down by one without the cut-off.
    const fresh = await createVacancy(prisma, {
      organizationId: ids.employer!,
      title: "Каменщик новый",
      regionCode: "KZ-71",
      publishedAt: new Date(),
    });
    await reindex();
    const seen = [...first.items.map((v) => v.id)];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await listApiVacancies(new URLSearchParams(`country=KZ&sort=newest&limit=2&cursor=${cursor}`));
      expect(page.asOf).toBe(first.asOf);
      seen.push(...page.items.map((v) => v.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => ids[`builder${i}`]));
    expect(seen).not.toContain(fresh.id);
    // A new listing, from the next minute on, sees it.
    const again = await listApiVacancies(
      new URLSearchParams("country=KZ&sort=newest&limit=2"),
      new Date(Date.now() + 60_000),
    );
    await prisma.vacancy.delete({ where: { id: fresh.id } });
    await reindex();
    expect(again.total).toBe(6);
    expect(again.items[0]!.id).toBe(fresh.id);
  });

  it("refuses a cursor from another listing or one it did not make", async () => {
    const first = await listApiVacancies(new URLSearchParams("country=KZ&limit=2"));
    await expect(
      listApiVacancies(new URLSearchParams(`country=KG&limit=2&cursor=${first.nextCursor}`)),
    ).rejects.toMatchObject({ code: "invalid", fields: { cursor: [expect.stringMatching(/other parameters/)] } });
    await expect(listApiVacancies(new URLSearchParams("cursor=bm90LWEtY3Vyc29y"))).rejects.toMatchObject({
      code: "invalid",
    });
  });

  it("shows only public vacancies, and no contacts", async () => {
    const all = await listApiVacancies(new URLSearchParams("q=каменщик&limit=100"));
    expect(all.items.map((v) => v.id)).not.toContain(ids.blocked);
    expect(all.items.map((v) => v.id)).not.toContain(ids.draft);
    const one = await getApiVacancy(ids.builder0!, new URLSearchParams("lang=ky"));
    expect(one.region).toEqual({ code: "KZ-71", name: "Астана шаары" });
    expect(one.url).toMatch(new RegExp(`/ky/vacancies/${ids.builder0}$`));
    expect(JSON.stringify(one)).not.toContain("+77011234567");
    for (const id of [ids.draft!, ids.blocked!, "nonexistent-id-of-20-chars"])
      await expect(getApiVacancy(id, new URLSearchParams())).rejects.toMatchObject({ code: "not_found" });
    await expect(getApiEmployer(ids.blockedEmployer!, new URLSearchParams())).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await getApiEmployer(ids.employer!, new URLSearchParams())).vacancies).toHaveLength(5);
  });
});

describe("the API's HTTP answers", () => {
  it("answers 304 to a matching If-None-Match, with the same ETag", async () => {
    const produce = async () => ({ items: [1, 2, 3] });
    const first = await apiResponse(request("/x"), produce, { maxAgeSeconds: 60 });
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const etag = first.headers.get("etag")!;
    const second = await apiResponse(request("/x", { "if-none-match": `W/${etag}, "other"` }), produce, {
      maxAgeSeconds: 60,
    });
    expect(second.status).toBe(304);
    expect(second.headers.get("etag")).toBe(etag);
    expect(await second.text()).toBe("");
  });

  it("limits each client in PostgreSQL and says so in RateLimit headers", async () => {
    const rule = { limit: 2, windowSeconds: 60 };
    const from = (address: string) =>
      apiResponse(request("/y", { "x-forwarded-for": address }), async () => ({}), { maxAgeSeconds: 1, rule });
    const answers = [await from("198.51.100.7"), await from("198.51.100.7"), await from("198.51.100.7")];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(answers.map((a) => a.headers.get("ratelimit-remaining"))).toEqual(["1", "0", "0"]);
    expect(answers[2]!.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await answers[2]!.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect((await from("198.51.100.8")).status).toBe(200);
  });

  it("turns expected failures into their codes and anything else into `internal`, never an HTML 500", async () => {
    const invalid = await apiResponse(
      request("/vacancies?limit=500"),
      () => listApiVacancies(new URLSearchParams("limit=500&colour=red")),
      { maxAgeSeconds: 60 },
    );
    expect(invalid.status).toBe(400);
    const body = await invalid.json();
    expect(body.error.code).toBe("invalid");
    expect(body.error.details.map((d: { parameter: string }) => d.parameter).sort()).toEqual(["colour", "limit"]);
    const missing = await apiResponse(request("/v"), () => getApiVacancy(ids.draft!, new URLSearchParams()), {
      maxAgeSeconds: 60,
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
    const broken = await apiResponse(
      request("/z"),
      async () => {
        throw new Error("database went away");
      },
      { maxAgeSeconds: 60 },
    );
    expect(broken.status).toBe(500);
    expect(broken.headers.get("content-type")).toMatch(/application\/json/);
    expect(await broken.json()).toMatchObject({ error: { code: "internal" } });
  });
});
