import { chromium } from "@playwright/test";
import { sessionCookieFor } from "../e2e/support/fixtures";
import { db } from "../lib/server/db";
import { createStaffMember } from "../lib/moderation/create-staff-member";

const base = "http://127.0.0.1:3471";
const admin = await createStaffMember(null, { email: `shot-admin-${Date.now()}@mintrud.example`, name: "Админ", role: "ADMINISTRATOR", jurisdictions: ["KG", "KZ"], password: "Aa1!aaaaaaaaaaaaaaaa-xyz" });
const cookie = await sessionCookieFor(admin.id);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
import { createVacancy } from "../prisma/seed/factories";
const org = await db.organization.findFirstOrThrow({ where: { countryCode: "KZ" } });
const pending = await createVacancy(db as never, {
  organizationId: org.id,
  countryCode: "KZ",
  status: "PENDING_REVIEW",
  submittedAt: new Date(),
  title: "Разнорабочий на склад",
  description: "Работа на складе. Паспорт на время работы хранится у бригадира. Долг за дорогу вычитается из зарплаты. Выходить с объекта нельзя, звоните срочно.",
});
for (const locale of ["ru", "ky"]) {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.addCookies([{ ...cookie, url: base, httpOnly: true, sameSite: "Lax" }]);
    const page = await context.newPage();
    await page.goto(`${base}/${locale}/staff/risk-model`);
    await page.screenshot({ path: `/tmp/rm/model-${locale}-${width}.png`, fullPage: true });
    if (pending) {
      await page.goto(`${base}/${locale}/staff/vacancies/${pending.id}`);
      await page.screenshot({ path: `/tmp/rm/review-${locale}-${width}.png`, fullPage: false });
    }
    await context.close();
  }
}
await browser.close();
await db.$disconnect();
