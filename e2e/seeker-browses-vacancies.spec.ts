import { expect, test } from "@playwright/test";
import { catalog } from "./messages";
import { openFilters } from "./support/search";

for (const locale of ["ru", "ky", "kk"] as const) {
  const t = catalog(locale);

  test(`seeker goes from home to a filtered list to a vacancy and back (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.home!.title!);
    await expect(page.getByTestId("total-count")).toContainText(/\d{3}/);

    await page
      .getByRole("navigation", { name: t.nav!.mainNavigation })
      .getByRole("link", { name: t.nav!.vacancies })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/vacancies$`));

    await openFilters(page, t.search!.filters!);
    await page.getByLabel(t.list!.country!, { exact: true }).selectOption("KZ");
    await page.getByLabel(t.list!.sector!, { exact: true }).selectOption("CONSTRUCTION");
    await page.getByRole("button", { name: t.list!.apply }).click();
    await expect(page).toHaveURL(/country=KZ/);
    await expect(page).toHaveURL(/sector=CONSTRUCTION/);

    const cards = page.getByTestId("search-result");
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      await expect(cards.nth(i)).toContainText(t.country!.KZ!);
      await expect(cards.nth(i)).toContainText(t.currency!.KGS!); // the converted amount in som
    }
    // Pay and its period are one message: Kyrgyz and Kazakh name the period first («айына кеминде 50 000 сом»).
    const periods = Object.values(t.salaryPeriod!) as string[];
    for (const pay of await page.getByTestId("pay").allInnerTexts()) {
      const [first, last] = [
        periods.some((p) => pay.trim().startsWith(p)),
        periods.some((p) => pay.trim().endsWith(p)),
      ];
      expect([first, last], pay).toEqual(locale === "ru" ? [false, true] : [true, false]);
    }

    const link = cards.first().getByRole("link").first();
    const title = (await link.innerText()).trim();
    await link.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText(t.sector!.CONSTRUCTION!, { exact: true })).toBeVisible();
    // Pay in tenge and, converted, in som with the rate's date.
    await expect(page.locator("header").getByText(/≈/)).toBeVisible();
    await expect(page.getByRole("heading", { name: t.safety!.title! })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/sector=CONSTRUCTION/);
    await expect(page.getByLabel(t.list!.sector!, { exact: true })).toHaveValue("CONSTRUCTION");
  });
}

test("switching language keeps the filters", async ({ page }) => {
  await page.goto("/ru/vacancies?country=KG&employmentType=FULL_TIME");
  // The language links say their language's own name to screen readers, after the code they show.
  await page.getByRole("link", { name: "KY Кыргызча", exact: true }).click();
  await expect(page).toHaveURL(/\/ky\/vacancies\?country=KG&employmentType=FULL_TIME/);
  await expect(page).toHaveURL(/country=KG/);
  await expect(page.getByLabel(catalog("ky").list!.country!, { exact: true })).toHaveValue("KG");
});

test("pages through results and back", async ({ page }) => {
  const t = catalog("en");
  await page.goto("/en/vacancies");
  const firstOnPage1 = await page.getByTestId("search-result").locator("h3").first().innerText();
  await page.getByRole("link", { name: new RegExp(t.list!.next!) }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("navigation", { name: t.list!.pagination }).getByText("Page 2 of")).toBeVisible();
  // The page changed without a load: the new count and page are said, and focus is back at the results' top.
  await expect(page.getByTestId("results-announcement")).toHaveText(/vacancies found\. Page 2 of/);
  await expect(page.getByTestId("result-count")).toBeFocused();
  expect(await page.getByTestId("search-result").locator("h3").first().innerText()).not.toBe(firstOnPage1);
});

test("an unknown vacancy answers 404 in the visitor's language", async ({ page }) => {
  const response = await page.goto("/kk/vacancies/cxxxxxxxxxxxxxxxxxxxxxxxx");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: catalog("kk").errors!.notFoundTitle })).toBeVisible();
});

test("the root sends a visitor to their language", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "kk-KZ",
    extraHTTPHeaders: { "Accept-Language": "kk-KZ,kk;q=0.9,ru;q=0.8" },
  });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/kk$/);
  await context.close();
});
