import { expect, test } from "@playwright/test";
import { catalog } from "./messages";

const t = catalog("ru");

test("the suggestions are a combobox: ArrowDown opens and moves, the active option is announced, Escape keeps the query", async ({
  page,
}) => {
  await page.goto("/ru/vacancies");
  const box = page.getByRole("combobox", { name: t.home!.searchLabel });
  await box.pressSequentially("сва", { delay: 50 });
  const list = page.getByRole("listbox", { name: t.home!.searchLabel });
  await expect(list).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(box).not.toHaveAttribute("aria-activedescendant");
  // Screen readers hear how many suggestions there are.
  await expect(page.getByRole("status").filter({ hasText: /подсказ/ })).toHaveText(/\d+ подсказ/);

  // ArrowDown: the first option becomes active; focus stays in the box and names the option.
  await box.press("ArrowDown");
  const first = list.getByRole("option").first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  await expect(first).toHaveAttribute("lang", /^(ru|ky|kk|en)$/);
  // The highlight is visible: white on brand blue.
  const colors = await first.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
  expect(colors).toEqual(["rgb(11, 95, 165)", "rgb(255, 255, 255)"]);

  await box.press("ArrowDown");
  const second = list.getByRole("option").nth(1);
  await expect(box).toHaveAttribute("aria-activedescendant", (await second.getAttribute("id"))!);

  // Escape closes the list; what was typed stays (the search input would clear itself).
  await box.press("Escape");
  await expect(list).toBeHidden();
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(box).not.toHaveAttribute("aria-activedescendant");
  await expect(box).toHaveValue("сва");

  // ArrowDown opens it again on the first option; Enter chooses it and searches.
  await box.press("ArrowDown");
  await expect(list).toBeVisible();
  await expect(first).toHaveAttribute("aria-selected", "true");
  const chosen = (await first.innerText()).trim();
  await box.press("Enter");
  await expect(page).toHaveURL(/\/ru\/vacancies\?q=/);
  await expect(box).toHaveValue(chosen);
});

test("the sort order moves with the arrow keys without reloading, and is applied with Enter", async ({ page }) => {
  await page.goto("/ru/vacancies?country=KZ");
  const sort = page.getByLabel(t.search!.sortBy!, { exact: true });
  await sort.focus();
  await page.keyboard.press("ArrowDown");
  await expect(sort).toHaveValue("newest");
  await page.waitForTimeout(500);
  await expect(page).toHaveURL(/\/ru\/vacancies\?country=KZ$/); // not reloaded
  await expect(sort).toBeFocused();
  // A value reached with the keys offers its Apply button.
  const sortForm = page.locator("form").filter({ has: sort });
  await expect(sortForm.getByRole("button", { name: t.list!.apply })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/ru\/vacancies\?country=KZ&sort=newest$/);

  // Back to the default order: no sort parameter at all.
  await page.getByLabel(t.search!.sortBy!, { exact: true }).selectOption("");
  await expect(page).toHaveURL(/\/ru\/vacancies\?country=KZ$/);
});

test("focus is visible on the blue header", async ({ page }) => {
  await page.goto("/ru");
  await page.keyboard.press("Tab"); // the skip link
  await page.keyboard.press("Tab"); // the site's name
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return [style.outlineStyle, style.outlineColor];
  });
  expect(outline).toEqual(["solid", "rgb(255, 255, 255)"]);
});
