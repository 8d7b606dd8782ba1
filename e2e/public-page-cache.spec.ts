import { catalog } from "./messages";
import { text } from "./support/employer";
import { expect, test } from "./support/fixtures";

// Public pages are served from the page cache with shared-cache headers, carry no cookie, and a change
// made through the portal (here: the employer closes the vacancy) takes the cached page down at once.

const sharedCache = /^s-maxage=\d+, stale-while-revalidate=\d+$/;

test("public pages are cacheable by a shared cache and carry no cookie", async ({ request, accounts }) => {
  const employer = await accounts.employer({ country: "KG" });
  const vacancy = await accounts.publishedVacancy(employer.organizationId);
  for (const path of [`/ky`, `/ru/vacancies/${vacancy.id}`, `/kk/employers/${employer.organizationId}`]) {
    // A visitor whose browser prefers another language than the page's would once have been given a cookie.
    const first = await request.get(path, { headers: { "accept-language": "en" } });
    expect(first.status(), path).toBe(200);
    expect(first.headers()["cache-control"], path).toMatch(sharedCache);
    expect(first.headers()["set-cookie"], path).toBeUndefined();
    const second = await request.get(path);
    expect(second.headers()["x-nextjs-cache"], path).toBe("HIT");
  }
  const search = await request.get("/ru/vacancies?q=%D0%BF%D0%BE%D0%B2%D0%B0%D1%80");
  expect(search.headers()["cache-control"]).toBe("public, s-maxage=30, stale-while-revalidate=300");
  expect(search.headers()["set-cookie"]).toBeUndefined();
});

test("a signed-in employer's search page is not offered to shared caches", async ({ accounts }) => {
  const employer = await accounts.employer({ country: "KZ" });
  const response = await employer.page.request.get("/ru/vacancies");
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("closing a vacancy takes its cached page down at once", async ({ request, accounts }) => {
  const t = catalog("ru");
  const employer = await accounts.employer({ country: "KZ" });
  const vacancy = await accounts.publishedVacancy(employer.organizationId);
  const path = `/ru/vacancies/${vacancy.id}`;
  await request.get(path);
  expect((await request.get(path)).headers()["x-nextjs-cache"]).toBe("HIT");

  const page = employer.page;
  page.on("dialog", (dialog) => dialog.accept());
  await page.goto("/ru/employer");
  const row = page.getByTestId("employer-vacancy").filter({ hasText: vacancy.title });
  await row.getByRole("button", { name: text(t, "employer.close") }).click();
  await expect(page.getByRole("region", { name: new RegExp(text(t, "employer.status.CLOSED")) })).toContainText(
    vacancy.title,
  );

  expect((await request.get(path)).status()).toBe(404);
  for (const locale of ["ky", "kk", "en"])
    expect((await request.get(`/${locale}/vacancies/${vacancy.id}`)).status()).toBe(404);
});
