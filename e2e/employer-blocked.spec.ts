import { expect, test } from "./support/fixtures";
import { catalog } from "./messages";
import { text } from "./support/employer";

const db = async () => (await import("../lib/server/db")).db;

for (const locale of ["ru", "kk"] as const) {
  test(`a blocked organisation's dashboard tells the truth: blocked, vacancies hidden, the reason and how to appeal (${locale})`, async ({
    page,
    accounts,
  }) => {
    const t = catalog(locale);
    const employer = await accounts.employer({ page });
    const prisma = await db();
    await prisma.organization.update({
      where: { id: employer.organizationId },
      data: { verificationState: "VERIFIED", verifiedAt: new Date() },
    });
    const vacancy = await accounts.publishedVacancy(employer.organizationId, { title: "Каменщик на блоки" });
    await prisma.organization.update({
      where: { id: employer.organizationId },
      data: { blockedAt: new Date(), blockReason: "Плата за трудоустройство" },
    });

    await page.goto(`/${locale}/employer`);
    const header = page.getByRole("main").locator("header");
    await expect(header.getByText(text(t, "employer.blockedBadge"))).toBeVisible();
    await expect(header.getByText(text(t, "verification.VERIFIED"))).toHaveCount(0);
    const notice = page.getByTestId("blocked-notice");
    await expect(notice).toContainText("Плата за трудоустройство");
    await expect(notice).toContainText(text(t, "employer.blockedAppeal"));
    const row = page.getByTestId("employer-vacancy").filter({ hasText: vacancy.title });
    await expect(row.getByText(text(t, "employer.hiddenWhileBlocked"))).toBeVisible();
    await expect(row.getByRole("link", { name: text(t, "employer.viewPublic") })).toHaveCount(0);
  });
}
