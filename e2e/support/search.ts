import { expect, type Page } from "@playwright/test";

/**
 * Opens the search page's filters. They are a <details>: closed on a phone (results first), opened by a
 * script where they are a side column; so click the summary only while the form is not shown.
 */
export async function openFilters(page: Page, label: string) {
  const form = page.getByRole("form", { name: label });
  await expect(async () => {
    if (!(await form.isVisible())) await page.getByText(label, { exact: true }).click();
    await expect(form).toBeVisible({ timeout: 1000 });
  }).toPass();
}
