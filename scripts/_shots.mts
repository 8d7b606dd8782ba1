// Temporary: screenshots of the rules and team pages (deleted after use).
import { chromium } from "@playwright/test";
import { sessionCookieFor } from "../e2e/support/fixtures";
import { e2eServer } from "../e2e/support/server";

const { db } = await import("../lib/server/db");
const admin = await db.user.findFirstOrThrow({ where: { role: "ADMINISTRATOR", disabledAt: null } });
const cookie = await sessionCookieFor(admin.id);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
for (const width of [390, 1280]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addCookies([{ ...cookie, url: e2eServer.baseUrl, httpOnly: true, sameSite: "Lax" }]);
  const page = await context.newPage();
  for (const locale of ["ru", "ky"]) {
    await page.goto(`${e2eServer.baseUrl}/${locale}/staff/rules`);
    await page
      .getByRole("textbox")
      .first()
      .fill("Склад в Алматы. Оплата за оформление 15 000 тенге. Паспорт сдаётся бригадиру. Выезд завтра!");
    await page.locator('form[aria-labelledby="trial-title"] button[type=submit]').click();
    await page.locator("mark").first().waitFor();
    await page.locator("details summary").nth(1).click();
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(locale, width, "rules scrollWidth", scroll);
    await page.screenshot({ path: `/tmp/rules/rules-${locale}-${width}.png`, fullPage: true });
    await page.goto(`${e2eServer.baseUrl}/${locale}/staff/team`);
    console.log(locale, width, "team scrollWidth", await page.evaluate(() => document.documentElement.scrollWidth));
    await page.screenshot({ path: `/tmp/rules/team-${locale}-${width}.png`, fullPage: true });
  }
  await context.close();
}
await browser.close();
process.exit(0);
