import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { catalog } from "./messages";
import { openFilters } from "./support/search";

// axe-core on the public pages, in every state a seeker meets, on the desktop and the phone projects:
// no violation of WCAG 2.0 and 2.1, levels A and AA, is allowed.
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
  const found = violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
  }));
  expect(found, `axe violations: ${state}`).toEqual([]);
}

for (const locale of ["ru", "ky"] as const) {
  const t = catalog(locale);

  test(`home page has no WCAG A/AA violations (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expectNoViolations(page, "home");
  });

  test(`search page has no WCAG A/AA violations, in every state (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/vacancies?q=povar&country=KZ&housing=1`);
    await expect(page.getByTestId("search-result").first()).toBeVisible();
    await expectNoViolations(page, "results with filters");

    await openFilters(page, t.search!.filters!);
    await expectNoViolations(page, "filters open");

    const box = page.getByRole("combobox", { name: t.home!.searchLabel });
    await box.fill("");
    await box.pressSequentially("сва", { delay: 50 });
    await expect(page.getByRole("option").first()).toBeVisible();
    await box.press("ArrowDown");
    await expectNoViolations(page, "suggestions open");

    await page.goto(`/${locale}/vacancies?q=cook&country=KG&housing=1&type=ROTATIONAL`);
    await expect(page.getByText(t.list!.emptyTitle!)).toBeVisible();
    await expectNoViolations(page, "nothing found");
  });

  test(`vacancy and employer pages have no WCAG A/AA violations (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/vacancies?country=KZ`);
    // Loaded as a shared link opens it (after a client-side navigation Next streams the new title in later).
    await page.goto((await page.getByTestId("search-result").first().getByRole("link").first().getAttribute("href"))!);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page, "vacancy");

    await page.goto((await page.locator('main a[href*="/employers/"]').first().getAttribute("href"))!);
    await expect(page).toHaveURL(/\/employers\//);
    await expectNoViolations(page, "employer");
  });

  test(`employer sign-in page: every id unique, every label names its own field (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/employer/sign-in`);
    const ids = await page.locator("[id]").evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids.length).toBe(new Set(ids).size);
    const pairs = await page
      .locator("label[for]")
      .evaluateAll((labels) =>
        labels.map(
          (label) => document.getElementById(label.getAttribute("for")!)?.closest("form") === label.closest("form"),
        ),
      );
    expect(pairs.every(Boolean)).toBe(true);
    await expectNoViolations(page, "sign-in");
  });
}
