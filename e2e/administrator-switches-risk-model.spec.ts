import AxeBuilder from "@axe-core/playwright";
import { catalog } from "./messages";
import { fillVacancyForm, formatted, text } from "./support/employer";
import { expect, test } from "./support/fixtures";

// The learned risk model: an administrator trains a new version, reads its measures, switches to it with a
// ticked box; a moderator then sees the words that pushed the model up on the review screen.
test.describe.configure({ mode: "serial" });
const db = async () => (await import("../lib/server/db")).db;

test("an administrator trains a version and switches to it; the moderator sees the model's words (ru)", async ({
  accounts,
  page,
  isMobile,
}) => {
  const t = catalog("ru");
  const client = await db();
  const before = await client.riskModelVersion.findFirst({ where: { active: true } });
  // The seed trained moments ago, and training is allowed once a minute
  await client.riskModelVersion.updateMany({ data: { createdAt: new Date(0) } });
  try {
    const { page: admin } = await accounts.staff({ role: "ADMINISTRATOR", countries: ["KG", "KZ"] });
    await admin.goto("/ru/staff/risk-model");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(text(t, "staff.riskModelTitle"));
    const count = await client.riskModelVersion.count();
    await admin.getByRole("button", { name: text(t, "staffRiskModel.train") }).click();
    await expect.poll(() => client.riskModelVersion.count(), { timeout: 30_000 }).toBe(count + 1);
    const last = await client.riskModelVersion.findFirstOrThrow({ orderBy: { version: "desc" } });
    await expect(
      admin.getByText(formatted(t, "ru", "staffRiskModel.trained", { version: last.version })),
    ).toBeVisible();
    const card = admin.getByRole("region", {
      name: formatted(t, "ru", "staffRiskModel.version", { version: last.version }),
    });
    await expect(card.getByRole("table")).toContainText(text(t, "staffRiskModel.columnCombinedRecall"));
    expect((await client.riskModelVersion.findUniqueOrThrow({ where: { id: last.id } })).active).toBe(false);

    await card.getByText(text(t, "staffRiskModel.activateOpen")).click();
    const activate = card.getByRole("button", {
      name: formatted(t, "ru", "staffRiskModel.activate", { version: last.version }),
    });
    await activate.click();
    await expect(card.getByText(text(t, "staffRiskModel.errorConfirm")).last()).toBeVisible();
    await card.getByLabel(formatted(t, "ru", "staffRiskModel.activateConfirm", { version: last.version })).check();
    await activate.click();
    // The card turns into the one in force (its switch form is gone with the switch)
    await expect(card.getByText(text(t, "staffRiskModel.active"), { exact: true })).toBeVisible();
    await admin.reload();
    await expect(card.getByText(text(t, "staffRiskModel.active"), { exact: true })).toBeVisible();
    const { violations } = await new AxeBuilder({ page: admin }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    if (isMobile) return;

    await accounts.employer({ page, country: "KZ" });
    const title = `Разнорабочий ${Date.now() % 100_000}`;
    await page.goto("/ru/employer/vacancies/new");
    await fillVacancyForm(page, t, "ru", {
      title,
      description:
        "Работа на складе. Паспорт на время работы хранится у бригадира. Долг за дорогу вычитается из зарплаты. Выходить с объекта нельзя.",
    });
    await page.getByRole("button", { name: text(t, "vacancyForm.submit") }).click();
    await expect(page.getByText(text(t, "employer.notice.submitted"))).toBeVisible();
    const { page: moderator } = await accounts.staff({ countries: ["KZ"] });
    await moderator.goto("/ru/staff");
    await moderator.getByRole("link", { name: title }).click();
    const reason = moderator.getByTestId("risk-model-reason");
    await expect(reason).toContainText(formatted(t, "ru", "staffRiskModel.reason", { version: last.version }));
    await expect(reason.locator("mark").first()).toBeVisible();
  } finally {
    // Later journeys expect the version the seed put in force
    await client.riskModelVersion.updateMany({ where: { active: true }, data: { active: false } });
    if (before) await client.riskModelVersion.update({ where: { id: before.id }, data: { active: true } });
  }
});
