import { expect, type Page } from "@playwright/test";

/** Signs a staff member in through the staff sign-in page (the real form), landing on the review queue. */
export async function signInOnStaffPage(page: Page, locale: string, account: { email: string; password: string }) {
  await page.goto(`/${locale}/staff/sign-in`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/staff$`));
}
