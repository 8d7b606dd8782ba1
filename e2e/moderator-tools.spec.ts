import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { catalog } from "./messages";
import { formatted, text } from "./support/employer";
import { expect, test } from "./support/fixtures";

// The moderators' tools as a ministry moderator and administrator use them, in Russian and Kyrgyz: the
// review screen shows the whole vacancy as seekers will see it, an edit's diff reads like the page, the
// decisions fit the state; the employers registry finds an employer by its number and blocks it after a
// confirmation (the employer is told); a report case is closed with an outcome the reporter can look up.

const db = async () => (await import("../lib/server/db")).db;
const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const newReceipt = () =>
  `R-${Array.from(randomBytes(7), (byte) => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[byte % 32]).join("")}`;

async function expectNoViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
  const found = violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  expect(found, `axe violations: ${state}`).toEqual([]);
}

const fullVacancy = {
  title: "Повар горячего цеха",
  description:
    "Готовим обеды для столовой бизнес-центра по технологическим картам. Официальное оформление с первого дня, форма и медкомиссия за счёт работодателя.",
  schedule: "5/2, с 8:00 до 17:00",
  positions: 3,
  housingProvided: true,
  housingPaidBy: "EMPLOYER" as const,
  mealsProvided: true,
  experience: "ONE_TO_THREE" as const,
  education: "VOCATIONAL" as const,
  languages: ["ru", "kk"],
  contactName: "Гульнара Искакова",
  contactEmail: "hr-povar@example.test",
  contactPhone: "+7 701 555 12 34",
  cityCode: "KZ-75-ALMATY",
  address: "ул. Абая, 52, вход со двора",
};

for (const locale of ["ru", "ky"] as const) {
  const t = catalog(locale);

  test(`a moderator sees every field the seeker will see, a readable diff, and only the decisions the state allows (${locale})`, async ({
    accounts,
    isMobile,
  }) => {
    test.skip(isMobile && locale === "ru", "the phone runs this journey once, in Kyrgyz");
    const employer = await accounts.employer({ country: "KZ" });
    const prisma = await db();
    const pending = await accounts.publishedVacancy(employer.organizationId, {
      ...fullVacancy,
      status: "PENDING_REVIEW",
      publishedAt: null,
      submittedAt: new Date(),
    });
    const { page: moderator } = await accounts.staff({ countries: ["KZ"] });
    await moderator.goto(`/${locale}/staff/vacancies/${pending.id}`);
    const view = moderator.getByTestId("seeker-view");
    for (const shown of [
      fullVacancy.schedule,
      fullVacancy.contactName,
      fullVacancy.contactEmail,
      fullVacancy.address,
      text(t, "experience.ONE_TO_THREE"),
      text(t, "education.VOCATIONAL"),
      text(t, "vacancy.housing"),
    ]) {
      await expect(view).toContainText(shown);
    }
    await expect(view.getByRole("heading", { level: 2, name: fullVacancy.title })).toBeVisible();
    await expect(moderator.getByRole("button", { name: text(t, "staff.approveAs.new") })).toBeVisible();
    await expectNoViolations(moderator, "review of a pending vacancy");

    // An edit of a published vacancy: the changed fields with their labels and values as seekers read them.
    const published = await accounts.publishedVacancy(employer.organizationId, { ...fullVacancy, salaryMin: 250000 });
    const { vacancyToFormValues } = await import("../lib/vacancies/form-values");
    await prisma.vacancyRevision.create({
      data: {
        vacancyId: published.id,
        status: "PENDING_REVIEW",
        submittedAt: new Date(),
        data: { ...vacancyToFormValues(published), salaryMin: "300000", experience: "NONE", housingProvided: false },
      },
    });
    await moderator.goto(`/${locale}/staff/vacancies/${published.id}`);
    const diff = moderator.getByTestId("revision-diff");
    await expect(diff).toContainText(text(t, "vacancyForm.salaryMin"));
    await expect(diff).toContainText(/300\s000/);
    await expect(diff).toContainText(text(t, "experience.NONE"));
    await expect(diff).toContainText(text(t, "vacancyForm.housingProvided"));
    await expect(diff).not.toContainText("salaryMin");
    await expect(moderator.getByRole("button", { name: text(t, "staff.approveAs.edit") })).toBeVisible();

    // A published vacancy without an edit: close or return, never approve.
    const plain = await accounts.publishedVacancy(employer.organizationId, { ...fullVacancy });
    await moderator.goto(`/${locale}/staff/vacancies/${plain.id}`);
    await expect(moderator.getByTestId("review-status")).toContainText(text(t, "employer.statusOne.PUBLISHED"));
    await expect(moderator.getByRole("button", { name: text(t, "staff.closeVacancy") })).toBeVisible();
    await expect(moderator.getByRole("button", { name: text(t, "staff.requestChanges") })).toBeVisible();
    await expect(moderator.getByRole("button", { name: text(t, "staff.approveAs.new") })).toHaveCount(0);
    await expect(moderator.getByRole("button", { name: text(t, "staff.approveAs.published") })).toHaveCount(0);

    // Closing without a message: the error is tied to the field and the summary takes focus.
    await moderator.getByLabel(new RegExp(`^${text(t, "staff.reasonCode")}`)).selectOption("MISLEADING");
    await moderator.getByRole("button", { name: text(t, "staff.closeVacancy") }).click();
    await expect(moderator.locator("[data-error-summary]")).toBeFocused();
    const message = moderator.getByLabel(text(t, "staff.message"));
    await expect(message).toHaveAttribute("aria-invalid", "true");
    await expect(message).toHaveAttribute("aria-describedby", /decision-message-error/);
    await message.fill("Условия в тексте не совпадают с трудовым договором.");
    await moderator.getByRole("button", { name: text(t, "staff.closeVacancy") }).click();
    await expect(moderator.getByText(text(t, "staff.decided.closed"))).toBeVisible();
    await moderator.goto(`/${locale}/staff/vacancies/${plain.id}`);
    await expect(moderator.getByTestId("history-only")).toBeVisible();
    await expect(moderator.getByTestId("review-history")).toContainText(
      text(t, "auditAction.vacancy.closed_by_moderator"),
    );
  });
}

test("an administrator finds an employer by its BIN and blocks it after confirming; the employer is told (ky)", async ({
  accounts,
  isMobile,
}) => {
  test.skip(isMobile, "an office task; the desktop project covers it (the pages' phone layout: the review journey)");
  const t = catalog("ky");
  const employer = await accounts.employer({ country: "KZ", legalName: `ТОО «Блок ${Date.now()}»` });
  await accounts.publishedVacancy(employer.organizationId, { ...fullVacancy });
  const prisma = await db();
  const { registryNumber } = await prisma.organization.findUniqueOrThrow({ where: { id: employer.organizationId } });
  const { page: admin } = await accounts.staff({ role: "ADMINISTRATOR", countries: ["KG", "KZ"] });
  await admin.goto("/ky/staff/employers");
  await admin.getByLabel(text(t, "staff.employerQuery")).fill(registryNumber);
  await admin.getByRole("button", { name: text(t, "list.apply") }).click();
  const row = admin.getByTestId("employer-row").filter({ hasText: employer.legalName });
  await expect(row).toHaveCount(1);
  await expectNoViolations(admin, "employers registry");
  await row.getByRole("link", { name: employer.legalName }).click();
  await expect(admin.getByRole("heading", { level: 1, name: employer.legalName })).toBeVisible();
  await expectNoViolations(admin, "employer page");

  // Without the confirmation nothing happens: the box says why, the typed reason stays.
  const reason = "Жумушчулардан каттоо үчүн акча алат, даттануулар ырасталды.";
  await admin.getByLabel(text(t, "staff.blockWhy")).fill(reason);
  await admin.getByRole("button", { name: text(t, "staff.blockButton") }).click();
  await expect(admin.getByText(text(t, "validation.confirmBlock"))).toBeVisible();
  await expect(admin.getByLabel(text(t, "staff.blockWhy"))).toHaveValue(reason);
  expect(
    (await prisma.organization.findUniqueOrThrow({ where: { id: employer.organizationId } })).blockedAt,
  ).toBeNull();

  await admin.getByRole("checkbox").check();
  await admin.getByRole("button", { name: text(t, "staff.blockButton") }).click();
  await expect(admin.getByText(text(t, "staff.organizationDone.block"))).toBeVisible();
  await admin.reload();
  await expect(admin.getByTestId("blocked-notice")).toContainText(reason);
  await expect(admin.getByTestId("verification-history")).toContainText(text(t, "auditAction.organization.blocked"));
  const notice = await prisma.notification.findFirst({
    where: { userId: employer.userId, kind: "ORGANIZATION_BLOCKED" },
  });
  expect(notice?.params).toMatchObject({ message: reason });
});

test("a report case is closed with an outcome and the reporter's receipt page shows it (ru)", async ({
  page,
  accounts,
}) => {
  const t = catalog("ru");
  const employer = await accounts.employer({ country: "KG" });
  const vacancy = await accounts.publishedVacancy(employer.organizationId, {
    title: "Швея в цех",
    countryCode: "KG",
    regionCode: "KG-GB",
    salaryCurrency: "KGS",
    salaryMin: 35000,
    salaryMax: 50000,
  });
  const prisma = await db();
  // Two reports as submitReport writes them (the journey of sending one is in moderator-reviews.spec.ts).
  const receipts = [newReceipt(), newReceipt()];
  for (const [index, receipt] of receipts.entries()) {
    await prisma.report.create({
      data: {
        receipt,
        vacancyId: vacancy.id,
        countryCode: "KG",
        reason: index === 0 ? "ASKS_FOR_MONEY" : "FALSE_INFORMATION",
        message: "Сказали заплатить 5000 сом за место в общежитии.",
        reporterHash: `hash-${receipt}`,
        networkHash: `net-${receipt}`,
      },
    });
  }
  const { page: moderator, name } = await accounts.staff({ countries: ["KG"] });
  await moderator.goto("/ru/staff/reports");
  const item = moderator.getByTestId("report-case").filter({ hasText: vacancy.title });
  await expect(item).toContainText(formatted(t, "ru", "staff.caseReports", { count: 2 }));
  await expectNoViolations(moderator, "report cases");
  await item.getByRole("link", { name: vacancy.title }).click();
  await moderator.getByRole("button", { name: text(t, "staff.takeCase") }).click();
  await expect(moderator.getByTestId("case-assignee")).toContainText(name);

  // Dismissed, with what was found.
  await moderator.getByLabel(new RegExp(`^${text(t, "staff.reportOutcomeLabel")}`)).selectOption("DISMISSED");
  await moderator
    .getByLabel(new RegExp(`^${text(t, "staff.caseNote")}`))
    .fill("Общежитие бесплатное, это указано в договоре.");
  await moderator.getByRole("button", { name: text(t, "staff.closeCase") }).click();
  // The page comes back with the case closed: every report handled, the outcome on each.
  await expect(moderator.getByTestId("case-assignee")).toHaveText(text(t, "staff.caseAllClosed"));
  await expect(moderator.getByTestId("case-report").first()).toContainText(text(t, "staff.reportOutcome.DISMISSED"));

  await page.goto(`/ru/reports/status?receipt=${receipts[1]!.toLowerCase()}`);
  await expect(page.getByTestId("receipt-status")).toContainText(text(t, "reportStatus.stage.dismissed"));
  await expect(page.getByTestId("receipt-status")).not.toContainText(vacancy.title);
  await expectNoViolations(page, "receipt status");
  await moderator.goto("/ru/staff/reports?state=closed&outcome=DISMISSED");
  await expect(moderator.getByTestId("report-case").filter({ hasText: vacancy.title })).toContainText(
    text(t, "staff.reportOutcome.DISMISSED"),
  );
});

test("the moderator's dashboard and queue pass axe; the bulk boxes are 44 px targets (ru)", async ({ accounts }) => {
  const employer = await accounts.employer({ country: "KZ" });
  const waiting = await accounts.publishedVacancy(employer.organizationId, {
    ...fullVacancy,
    title: `Низкий риск ${Date.now()}`,
    status: "PENDING_REVIEW",
    publishedAt: null,
    submittedAt: new Date(),
    riskLevel: "LOW",
    riskScore: 0,
  });
  const { page: moderator } = await accounts.staff({ countries: ["KG", "KZ"] });
  await moderator.goto("/ru/staff?risk=LOW");
  await expect(moderator.getByTestId("dashboard")).toBeVisible();
  await expectNoViolations(moderator, "dashboard and queue");
  const box = moderator.getByTestId("queue-item").filter({ hasText: waiting.title }).locator('input[name="item"]');
  const target = await box.locator("xpath=..").boundingBox();
  expect(target!.width).toBeGreaterThanOrEqual(44);
  expect(target!.height).toBeGreaterThanOrEqual(44);
});
