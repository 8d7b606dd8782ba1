// The public API (/api/v1) as a program meets it: every endpoint's real answer is checked against the OpenAPI
// document the server publishes, with an independent validator (Ajv, JSON Schema 2020-12); the document
// itself is checked by @readme/openapi-parser; refusals are 400 with their code, never a 500.
import { test, expect, type APIRequestContext } from "@playwright/test";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { validate } from "@readme/openapi-parser";

// ajv-formats is CommonJS with a default export: the function is on `.default` when loaded as ESM.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

test.skip(({ isMobile }) => isMobile, "HTTP only; the desktop project covers it");

type Document = {
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>;
};

async function loadDocument(request: APIRequestContext): Promise<Document> {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  return response.json();
}

/** Checks a real answer against the schema the document gives for its path and status. */
function conformance(document: Document) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, "openapi");
  return async (path: string, url: string, request: APIRequestContext, expectedStatus = 200) => {
    const response = await request.get(url);
    expect(response.status(), url).toBe(expectedStatus);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = await response.json();
    const described = document.paths[path]?.get.responses[String(expectedStatus)];
    expect(described, `${path} ${expectedStatus} is documented`).toBeDefined();
    const pointer = `openapi#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/get/responses/${expectedStatus}/content/application~1json/schema`;
    const check = ajv.getSchema(pointer)!;
    expect(check(body), `${url}: ${JSON.stringify(check.errors, null, 1)}`).toBe(true);
    return { body, response };
  };
}

test("every endpoint answers as its OpenAPI document says", async ({ request }) => {
  const document = await loadDocument(request);
  const result = await validate(structuredClone(document) as never);
  expect(result.valid, JSON.stringify(result.valid ? [] : result.errors)).toBe(true);
  const check = conformance(document);

  const list = await check("/vacancies", "/api/v1/vacancies?country=KZ&sort=newest&limit=5&lang=kk", request);
  expect(list.body.items).toHaveLength(5);
  expect(list.body.items.every((v: { country: { code: string } }) => v.country.code === "KZ")).toBe(true);
  const next = await check(
    "/vacancies",
    `/api/v1/vacancies?country=KZ&sort=newest&limit=5&lang=kk&cursor=${list.body.nextCursor}`,
    request,
  );
  const firstIds = list.body.items.map((v: { id: string }) => v.id);
  expect(next.body.items.map((v: { id: string }) => v.id).some((id: string) => firstIds.includes(id))).toBe(false);
  await check("/vacancies", "/api/v1/vacancies?q=водителя&housing=true&sort=salary&limit=100", request);

  const vacancy = list.body.items[0];
  const one = await check("/vacancies/{id}", `/api/v1/vacancies/${vacancy.id}?lang=ky`, request);
  expect(one.body.title).toBe(vacancy.title);
  await check("/employers/{id}", `/api/v1/employers/${vacancy.employer.id}`, request);
  await check("/vacancies/{id}", "/api/v1/vacancies/aaaaaaaaaaaaaaaaaaaaaaaa", request, 404);
  await check("/employers/{id}", "/api/v1/employers/aaaaaaaaaaaaaaaaaaaaaaaa", request, 404);

  const countries = await check("/reference/countries", "/api/v1/reference/countries", request);
  expect(countries.body.items.map((c: { code: string }) => c.code)).toEqual(["KG", "KZ"]);
  const regions = await check("/reference/regions", "/api/v1/reference/regions?country=KG", request);
  expect(regions.body.items.length).toBeGreaterThan(8);
  await check("/reference/cities", "/api/v1/reference/cities?region=KG-C", request);
  const groups = await check("/reference/occupations", "/api/v1/reference/occupations?level=4&parent=833", request);
  expect(groups.body.items.map((o: { code: string }) => o.code)).toContain("8332");
  await check("/reference/exchange-rate", "/api/v1/reference/exchange-rate", request);
});

test("refusals are 400 with the code `invalid` and name the parameter, never 500", async ({ request }) => {
  const document = await loadDocument(request);
  const check = conformance(document);
  const refusals: [string, string, string][] = [
    ["/vacancies", "/api/v1/vacancies?cursor=not-a-cursor", "cursor"],
    ["/vacancies", "/api/v1/vacancies?cursor=eyJ2IjoxfQ", "cursor"],
    ["/vacancies", "/api/v1/vacancies?limit=101", "limit"],
    ["/vacancies", "/api/v1/vacancies?country=UZ", "country"],
    ["/vacancies", "/api/v1/vacancies?sort=cheapest", "sort"],
    ["/vacancies", "/api/v1/vacancies?region=almaty", "region"],
    ["/vacancies", "/api/v1/vacancies?salary_from=100", "salary_from"],
    ["/vacancies", "/api/v1/vacancies?country=KZ&country=KG", "country"],
    ["/vacancies/{id}", "/api/v1/vacancies/aaaaaaaaaaaaaaaaaaaaaaaa?lang=de", "lang"],
    ["/reference/occupations", "/api/v1/reference/occupations?level=5", "level"],
    ["/reference/countries", "/api/v1/reference/countries?x=1", "x"],
  ];
  for (const [path, url, parameter] of refusals) {
    const { body } = await check(path, url, request, 400);
    expect(body.error.code, url).toBe("invalid");
    expect(
      body.error.details.map((d: { parameter: string }) => d.parameter),
      url,
    ).toContain(parameter);
  }
  // A cursor of one listing used with other filters.
  const first = await (await request.get("/api/v1/vacancies?country=KZ&limit=2")).json();
  const { body } = await check(
    "/vacancies",
    `/api/v1/vacancies?country=KG&limit=2&cursor=${first.nextCursor}`,
    request,
    400,
  );
  expect(body.error.details[0].parameter).toBe("cursor");
});

test("answers carry ETag, shared-cache, CORS and rate-limit headers, and 304 when unchanged", async ({ request }) => {
  const url = "/api/v1/reference/regions?country=KZ";
  const first = await request.get(url, { headers: { Origin: "https://data.example.org" } });
  const headers = first.headers();
  expect(headers["cache-control"]).toMatch(/^public, max-age=\d+/);
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(headers["ratelimit-limit"]).toMatch(/^\d+$/);
  expect(headers["ratelimit-remaining"]).toMatch(/^\d+$/);
  expect(headers["ratelimit-reset"]).toMatch(/^\d+$/);
  const again = await request.get(url, { headers: { "If-None-Match": headers.etag! } });
  expect(again.status()).toBe(304);
  expect(again.headers().etag).toBe(headers.etag);
  const preflight = await request.fetch(url, {
    method: "OPTIONS",
    headers: { Origin: "https://data.example.org", "Access-Control-Request-Method": "GET" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-headers"]).toContain("If-None-Match");
});
