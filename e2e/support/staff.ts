import { execFileSync } from "node:child_process";
import { expect, type Browser, type Page } from "@playwright/test";

/** A staff account (a moderator unless said otherwise) for a journey, created with the same command an operator uses. */
export function createModerator(
  countries: string,
  role: "MODERATOR" | "ADMINISTRATOR" = "MODERATOR",
): { email: string; password: string } {
  const email = `${role.toLowerCase()}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}@mintrud.example`;
  const password = "moderator passphrase 2026";
  execFileSync(
    "npm",
    [
      "run",
      "--silent",
      "staff:create",
      "--",
      "--email",
      email,
      "--name",
      "Модератор Тестов",
      "--role",
      role,
      "--countries",
      countries,
    ],
    {
      env: {
        ...process.env,
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL,
        STAFF_PASSWORD: password,
      },
      stdio: "ignore",
    },
  );
  return { email, password };
}

/** Signs a moderator in through the staff page in a fresh browser context and returns its page. */
export async function moderatorPage(
  browser: Browser,
  locale: string,
  account: { email: string; password: string },
): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/${locale}/staff/sign-in`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/staff$`));
  return page;
}
