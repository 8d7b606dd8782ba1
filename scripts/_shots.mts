// Temporary: screenshots of the rules and team pages (deleted after use).
import { chromium } from "@playwright/test";
import { sessionCookieFor } from "../e2e/support/fixtures";
import { e2eServer } from "../e2e/support/server";

const { db } = await import("../lib/server/db");
const { createStaffMember: create } = await import("../lib/moderation/create-staff-member");
const made = await create(null, { email: `admin-${Date.now()}@mintrud.example`, name: "Гүлнара Сейтова", role: "ADMINISTRATOR", jurisdictions: ["KG", "KZ"], password: "Very-long-password-2026" });
const admin = { id: made.id };
const cookie = await sessionCookieFor(admin.id);
const { createStaffMember } = await import("../lib/moderation/create-staff-member");
const { issueOneTimeToken } = await import("../lib/accounts/one-time-tokens");
const invited = await createStaffMember(
  { userId: admin.id, role: "ADMINISTRATOR" },
  { email: `shot-${Date.now()}@mintrud.example`, name: "Айдана Токтогулова", role: "MODERATOR", jurisdictions: ["KG"], password: "Very-long-password-2026" },
);
await db.$transaction((tx) => issueOneTimeToken(tx, invited.id, "PASSWORD_RESET", new Date(), 48 * 3600_000));
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
    await page.locator("section[aria-labelledby^=group-] details summary").first().click();
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(locale, width, "rules scrollWidth", scroll);
    await page.screenshot({ path: `/tmp/rules/rules-${locale}-${width}-a.png` });
    await page.locator("[data-testid=trial-results]").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/rules/rules-${locale}-${width}-b.png` });
    await page.locator("section[aria-labelledby^=group-]").first().evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `/tmp/rules/rules-${locale}-${width}-c.png` });
    await page.goto(`${e2eServer.baseUrl}/${locale}/staff/team`);
    console.log(locale, width, "team scrollWidth", await page.evaluate(() => document.documentElement.scrollWidth));
    await page.screenshot({ path: `/tmp/rules/team-${locale}-${width}-a.png` });
    await page.getByRole("article").filter({ hasText: "shot-" }).first().evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `/tmp/rules/team-${locale}-${width}-b.png` });
  }
  await context.close();
}
await browser.close();
process.exit(0);
