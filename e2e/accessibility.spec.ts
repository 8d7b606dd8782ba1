import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { catalog } from "./messages";
import { field, fillVacancyForm, text } from "./support/employer";
import { expect, test } from "./support/fixtures";
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

// The employer's forms (WCAG 4.1.2, 1.4.11, 3.3.1, 2.4.3): the occupation picker is an ARIA 1.2 combobox, a failed
// submit shows one summary of the errors and sends focus to the first invalid field in the order of the page.
for (const locale of ["ru", "ky"] as const) {
  const t = catalog(locale);
  const checkTheData = text(t, "errors.invalid");

  test(`the occupation picker is a named, required combobox whose active option is announced (${locale})`, async ({
    page,
    accounts,
  }) => {
    await accounts.employer({ page });
    await page.goto(`/${locale}/employer/vacancies/new`);
    const picker = page.getByRole("combobox", { name: text(t, "vacancyForm.occupation") });
    await expect(picker).toBeVisible();
    await expect(picker).toHaveJSProperty("required", true);
    await expect(picker).toHaveAccessibleDescription(text(t, "vacancyForm.occupationHint"));
    await expect(picker).toHaveAttribute("aria-expanded", "false");
    const listId = (await picker.getAttribute("aria-controls"))!;
    await expect(page.locator(`[id="${listId}"]`)).toHaveAttribute("role", "listbox");

    await picker.fill("повар");
    const list = page.getByRole("listbox", { name: text(t, "vacancyForm.occupation") });
    await expect(list).toBeVisible();
    await expect(list).toHaveAttribute("id", listId);
    await expect(picker).toHaveAttribute("aria-expanded", "true");
    await expect(picker).not.toHaveAttribute("aria-activedescendant");

    // ArrowDown: the first option is active, announced through aria-activedescendant; focus stays in the box.
    await picker.press("ArrowDown");
    const first = list.getByRole("option").first();
    await expect(first).toHaveAttribute("id", /-option-\d{4}$/);
    await expect(picker).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(picker).toBeFocused();
    // The highlight is white on brand blue (6.4:1), the code in it too.
    const colors = await first.evaluate((option) => [
      getComputedStyle(option).backgroundColor,
      getComputedStyle(option).color,
      getComputedStyle(option.querySelector("span span")!).color,
    ]);
    expect(colors).toEqual(["rgb(11, 95, 165)", "rgb(255, 255, 255)", "rgb(255, 255, 255)"]);
    await expectNoViolations(page, "occupation list open");

    await picker.press("ArrowDown");
    const second = list.getByRole("option").nth(1);
    await expect(picker).toHaveAttribute("aria-activedescendant", (await second.getAttribute("id"))!);

    // Escape closes the list and keeps what was typed; ArrowDown opens it again; Enter chooses.
    await picker.press("Escape");
    await expect(list).toBeHidden();
    await expect(picker).toHaveAttribute("aria-expanded", "false");
    await expect(picker).not.toHaveAttribute("aria-activedescendant");
    await expect(picker).toHaveValue("повар");
    await picker.press("ArrowDown");
    await expect(list).toBeVisible();
    const chosen = (await first.innerText()).trim();
    await picker.press("Enter");
    await expect(picker).toHaveValue(chosen);
    await expect(list).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/${locale}/employer/vacancies/new$`)); // Enter chose, sent nothing
  });

  test(`an empty vacancy: one error summary with links to the fields, focus on the first field of the page (${locale})`, async ({
    page,
    accounts,
  }) => {
    await accounts.employer({ page });
    await page.goto(`/${locale}/employer/vacancies/new`);
    await page.getByRole("button", { name: text(t, "vacancyForm.submit") }).click();

    await expect(page.getByLabel(field(t, "vacancyForm.title"))).toBeFocused();
    const summary = page.getByRole("alert").filter({ hasText: checkTheData });
    await expect(summary).toHaveCount(1);
    expect((await summary.innerText()).split(checkTheData).length - 1).toBe(1);
    // Each error is named by its field's label, in the order of the page, and its link moves focus into the field.
    const links = summary.getByRole("link");
    await expect(links.first()).toHaveAccessibleName(new RegExp(`^${text(t, "vacancyForm.title")}: `));
    const inPageOrder = await links.evaluateAll((anchors) => {
      const targets = anchors.map((a) => document.getElementById(a.getAttribute("href")!.slice(1)));
      return targets.every(
        (target, i) =>
          target !== null &&
          (i === 0 || Boolean(targets[i - 1]!.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING)),
      );
    });
    expect(inPageOrder).toBe(true);
    const occupation = text(t, "vacancyForm.occupation");
    const required = text(t, "validation.required");
    await summary.getByRole("link", { name: `${occupation}: ${required}` }).click();
    const picker = page.getByRole("combobox", { name: occupation });
    await expect(picker).toBeFocused();
    await expect(picker).toHaveAttribute("aria-invalid", "true");
    // The hint and the error are both read with the field.
    await expect(picker).toHaveAccessibleDescription(`${text(t, "vacancyForm.occupationHint")} ${required}`);
    await expect(page.getByLabel(field(t, "vacancyForm.description"))).toHaveAttribute(
      "aria-describedby",
      "field-description-hint field-description-error",
    );
  });

  test(`the title filled in and the occupation missing: focus goes to the occupation box, not past it (${locale})`, async ({
    page,
    accounts,
  }) => {
    await accounts.employer({ page });
    await page.goto(`/${locale}/employer/vacancies/new`);
    await page.getByLabel(field(t, "vacancyForm.title")).fill("Повар горячего цеха");
    await page.getByRole("button", { name: text(t, "vacancyForm.submit") }).click();
    const picker = page.getByRole("combobox", { name: text(t, "vacancyForm.occupation") });
    await expect(picker).toBeFocused();

    // Everything else filled in: the occupation is the only error, and its box (not the hidden code) has focus.
    await fillVacancyForm(page, t, locale, {
      title: "Повар горячего цеха",
      description:
        "Приготовление блюд казахской и европейской кухни. Официальное оформление с первого дня, питание за счёт работодателя.",
    });
    await picker.fill("");
    await page.getByRole("button", { name: text(t, "vacancyForm.submit") }).click();
    await expect(picker).toBeFocused();
    const summary = page.getByRole("alert").filter({ hasText: checkTheData });
    await expect(summary).toHaveCount(1);
    await expect(summary.getByRole("link")).toHaveCount(1);
  });
}

test("an empty registration sends focus to its first field, with one error summary", async ({ page }) => {
  const t = catalog("ru");
  await page.goto("/ru/employer/register");
  await page.getByRole("button", { name: text(t, "auth.registerButton") }).click();
  await expect(page.getByLabel(field(t, "auth.countryCode"))).toBeFocused();
  await expect(page.getByRole("alert").filter({ hasText: text(t, "errors.invalid") })).toHaveCount(1);
  await page
    .getByRole("alert")
    .getByRole("link", { name: new RegExp(`^${text(t, "auth.password")}: `) })
    .click();
  await expect(page.getByLabel(field(t, "auth.password"))).toBeFocused();
});
