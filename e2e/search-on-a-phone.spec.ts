import { expect, test } from "@playwright/test";
import { catalog } from "./messages";
import { openFilters } from "./support/search";

// A seeker on a small phone (390 px). Only the phone project runs *-on-a-phone specs (playwright.config.ts).
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const t = catalog("ru");

test("after applying filters the panel is closed and the count and the first result are on the first screen", async ({
  page,
}) => {
  await page.goto("/ru/vacancies");
  await openFilters(page, t.search!.filters!);
  await page.getByLabel(t.list!.country!, { exact: true }).selectOption("KZ");
  await page.getByLabel(t.list!.sector!, { exact: true }).selectOption("CONSTRUCTION");
  await page.getByRole("button", { name: t.list!.apply }).click();
  await expect(page).toHaveURL(/country=KZ/);

  await expect(page.getByTestId("filter-panel")).not.toHaveAttribute("open");
  await expect(page.getByRole("form", { name: t.search!.filters })).toBeHidden();
  const count = page.getByRole("heading", { level: 2, name: /Найден/ });
  await expect(count).toBeInViewport();
  await expect(page.getByRole("list", { name: t.search!.activeFilters })).toBeInViewport();
  await expect(page.getByTestId("search-result").first().getByRole("heading", { level: 3 })).toBeInViewport();
});

test("a whole result card is one link: a tap anywhere on it opens the vacancy, which knows the search", async ({
  page,
}) => {
  await page.goto("/ru/vacancies?country=KZ&sort=newest");
  const card = page.getByTestId("search-result").first();
  await expect(card.getByRole("link")).toHaveCount(1);
  const title = (await card.getByRole("heading", { level: 3 }).innerText()).trim();
  // Tap the card's lower corner, far from the title.
  const box = (await card.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width - 12, box.y + box.height - 12);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const from = new URL(page.url()).searchParams.get("from");
  expect(from).toBe("country=KZ&sort=newest");
  // "Back to results" returns to that search, with its filters and sort.
  await page.getByRole("link", { name: `← ${t.vacancy!.backToResults}` }).click();
  await expect(page).toHaveURL(/\/ru\/vacancies\?country=KZ&sort=newest$/);
  await expect(page.getByTestId("search-result").first()).toBeVisible();
});

test("one Tab stop per result card", async ({ page }) => {
  await page.goto("/ru/vacancies?country=KG");
  const links = page.getByTestId("search-result").getByRole("link");
  await links.first().focus();
  await page.keyboard.press("Tab");
  await expect(links.nth(1)).toBeFocused();
});

test("every tap target on the search page is at least 44 × 44 px", async ({ page }) => {
  await page.goto("/ru/vacancies?q=povar&country=KZ&housing=1");
  await openFilters(page, t.search!.filters!);
  // The result cards' targets are the cards themselves (the title link's ::after), checked above.
  const targets = [
    "header a:not([href='#main'])",
    "main a:not([data-card-link])",
    "main button",
    "main summary",
    "main select",
    "main input:not([type=hidden]):not([type=checkbox])",
    "main label:has(input[type=checkbox])",
  ].join(", ");
  const small = await page.locator(targets).evaluateAll((elements) =>
    elements
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${box.width}×${box.height}`),
  );
  expect(small).toEqual([]);
});

test("no empty parameters in the URL: the form leaves them out, the server redirects when they come anyway", async ({
  page,
}) => {
  await page.goto("/ru/vacancies");
  await openFilters(page, t.search!.filters!);
  await page.getByLabel(t.list!.country!, { exact: true }).selectOption("KG");
  await page.getByRole("button", { name: t.list!.apply }).click();
  await expect(page).toHaveURL(/\/ru\/vacancies\?country=KG$/);

  // A GET form without JavaScript sends every field: the server answers with the clean URL.
  await page.goto("/ru/vacancies?q=&country=KZ&region=&sector=&pay=&currency=KZT&days=");
  await expect(page).toHaveURL(/\/ru\/vacancies\?country=KZ&currency=KZT$/);
  await page.goto("/ru/vacancies?q=&sort=");
  await expect(page).toHaveURL(/\/ru\/vacancies$/);
});

test("a page number past the end shows the last page", async ({ page }) => {
  await page.goto("/ru/vacancies?country=KG&page=49");
  await expect(page).toHaveURL(/page=\d+$/);
  const [, current, last] = (await page.getByText(/Страница \d+ из \d+/).innerText()).match(/(\d+) из (\d+)/)!;
  expect(current).toBe(last);
  await expect(page.getByTestId("search-result").first()).toBeVisible();
});
