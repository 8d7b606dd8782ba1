import { expect, test } from "@playwright/test";
import { catalog } from "./messages";
import { openFilters } from "./support/search";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a seeker on a phone types a misspelt Latin query, refines with two facets, opens a result and comes back", async ({
  page,
}) => {
  const t = catalog("ru");
  await page.goto("/ru/vacancies");
  const box = page.getByRole("combobox", { name: t.home!.searchLabel });
  await box.fill("povr");
  await box.press("Enter");
  await expect(page).toHaveURL(/q=povr/);
  await expect(page.getByTestId("corrected")).toContainText("povar");
  const results = page.getByTestId("search-result");
  await expect(results.first()).toBeVisible();
  await expect(results.first().locator("mark").first()).toBeVisible();
  const before = Number((await page.getByTestId("result-count").innerText()).replace(/\D/g, ""));
  expect(before).toBeGreaterThan(1);

  // Two facets: a country and "with housing"; the counts beside them say what each will leave.
  await openFilters(page, t.search!.filters!);
  await page.getByLabel(t.list!.country!, { exact: true }).selectOption("KZ");
  await page.getByLabel(t.search!.housing!, { exact: false }).check();
  await page.getByRole("button", { name: t.list!.apply }).click();
  await expect(page).toHaveURL(/country=KZ/);
  await expect(page).toHaveURL(/housing=1/);
  await expect(page).toHaveURL(/q=povr/);
  const after = Number((await page.getByTestId("result-count").innerText()).replace(/\D/g, ""));
  expect(after).toBeGreaterThan(0);
  expect(after).toBeLessThan(before);
  const chips = page.getByRole("list", { name: t.search!.activeFilters });
  await expect(chips.getByRole("link")).toHaveCount(3); // two filters and "clear all"

  const first = results.first().getByRole("link").first();
  const title = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(t.vacancy!.housing!, { exact: true })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(
    /q=povr.*country=KZ.*housing=1|country=KZ.*housing=1.*q=povr|q=povr.*housing=1.*country=KZ/,
  );
  await expect(chips.getByRole("link")).toHaveCount(3);
  await expect(page.getByTestId("result-count")).toHaveText(new RegExp(String(after)));
});

test("a chip removes its filter and keeps the others; an empty result suggests what to relax", async ({ page }) => {
  const t = catalog("en");
  await page.goto("/en/vacancies?q=cook&country=KG&housing=1&type=ROTATIONAL");
  await expect(page.getByText(t.list!.emptyTitle!)).toBeVisible();
  const relax = page.getByRole("link", { name: /^Without/ }).first();
  await expect(relax).toBeVisible();
  await relax.click();
  await expect(page.getByTestId("search-result").first()).toBeVisible();
  const chips = page.getByRole("list", { name: t.search!.activeFilters });
  const countryChip = chips.getByRole("link", { name: new RegExp(t.country!.KG!) });
  if (await countryChip.count()) {
    await countryChip.click();
    await expect(page).not.toHaveURL(/country=KG/);
    await expect(page).toHaveURL(/q=cook/);
  }
});

test("suggestions appear while typing and choosing one searches for it", async ({ page }) => {
  await page.goto("/ru/vacancies");
  const box = page.getByRole("combobox", { name: catalog("ru").home!.searchLabel });
  await box.pressSequentially("пов", { delay: 50 });
  const option = page.getByRole("option").first();
  await expect(option).toBeVisible();
  const text = (await option.innerText()).trim();
  await option.click();
  await expect(page).toHaveURL(/q=/);
  await expect(box).toHaveValue(text);
});
