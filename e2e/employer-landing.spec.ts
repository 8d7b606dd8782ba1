import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/fixtures";
import { catalog } from "./messages";
import { text } from "./support/employer";

for (const locale of ["ru", "kk"] as const) {
  test(`"For employers" explains the rules, review and appeal before any account (${locale})`, async ({ page }) => {
    const t = catalog(locale);
    await page.goto(`/${locale}`);
    await page
      .getByRole("banner")
      .getByRole("link", { name: text(t, "nav.employers") })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: text(t, "employerLanding.title") })).toBeVisible();
    for (const heading of ["rulesTitle", "freeTitle", "reviewTitle", "verificationTitle", "appealTitle"])
      await expect(page.getByRole("heading", { level: 2, name: text(t, `employerLanding.${heading}`) })).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await page
      .getByRole("main")
      .getByRole("link", { name: text(t, "employerLanding.register") })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: text(t, "auth.registerTitle") })).toBeVisible();
  });
}
