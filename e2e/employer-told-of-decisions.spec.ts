import { expect, test } from "./support/fixtures";
import { catalog } from "./messages";
import { field, openLinkFromOutbox, text } from "./support/employer";

const day = 86_400_000;
const db = async () => (await import("../lib/server/db")).db;

for (const locale of ["ru", "kk"] as const) {
  test(`a moderator returns a vacancy with a message: the employer is e-mailed, reads it on the edit page, resubmits, and the queue shows it revised (${locale})`, async ({
    page,
    accounts,
  }) => {
    const t = catalog(locale);
    const employer = await accounts.employer({ page, country: "KZ" });
    await (await db()).user.update({ where: { id: employer.userId }, data: { locale } });
    const title = `${locale === "kk" ? "Аспаз" : "Повар"} ${Date.now().toString(36)}`;
    const vacancy = await accounts.publishedVacancy(employer.organizationId, {
      title,
      status: "PENDING_REVIEW",
      publishedAt: null,
      submittedAt: new Date(),
    });
    const request = "Укажите, кто оплачивает проезд до Алматы и где будет жильё.";

    const { page: moderator } = await accounts.staff({ countries: ["KZ"] });
    await moderator.goto(`/${locale}/staff`);
    await moderator.getByTestId("queue-item").filter({ hasText: title }).getByRole("link", { name: title }).click();
    await moderator.getByLabel(text(t, "staff.message")).fill(request);
    await moderator.getByRole("checkbox", { name: text(t, "vacancyForm.conditions") }).check();
    await moderator.getByRole("button", { name: text(t, "staff.requestChanges") }).click();
    await expect(moderator.getByText(text(t, "staff.decided.changes_requested"))).toBeVisible();

    // The e-mail, in the employer's language, quotes the moderator and leads to the edit page.
    await page.goto(`/${locale}/dev/outbox?to=${encodeURIComponent(employer.email)}`);
    const mail = page.getByTestId("outbox-message").first();
    await expect(mail.getByRole("heading")).toHaveText(
      text(t, "notifications.kinds.VACANCY_CHANGES_REQUESTED.headline").replace("{title}", title),
    );
    await expect(mail).toContainText(`> ${request}`);
    await openLinkFromOutbox(page, locale, employer.email, `/employer/vacancies/${vacancy.id}/edit`);
    await expect(page.getByTestId("moderator-request")).toContainText(request);
    // The section the moderator pointed at is marked in the form, in words as well as colour.
    const requested = page.locator('fieldset[data-requested="true"]');
    await expect(requested).toHaveCount(1);
    await expect(requested.locator("legend")).toHaveText(text(t, "vacancyForm.conditions"));
    await expect(requested).toContainText(text(t, "vacancyForm.requestedSection"));

    // The same event waits, unread, in the notifications list.
    await page.getByRole("link", { name: new RegExp(`^${text(t, "notifications.nav")}`) }).click();
    const notification = page.getByTestId("notification").first();
    await expect(notification).toHaveAttribute("data-unread", "true");
    await expect(notification).toContainText(request);
    await page.getByRole("button", { name: text(t, "notifications.markAllRead") }).click();
    await expect(notification).toHaveAttribute("data-unread", "false");

    // The employer answers the request in the text and resubmits: the queue says it was revised after a request.
    await notification.getByRole("link").click();
    await page
      .getByLabel(field(t, "vacancyForm.description"))
      .fill(
        "Приготовление блюд по технологическим картам. Проезд до Алматы оплачивает работодатель, жильё — общежитие в 10 минутах от кафе, бесплатно.",
      );
    await page.getByLabel(field(t, "vacancyForm.contactPhone")).fill("+7 701 555 12 34");
    await page.getByRole("button", { name: text(t, "vacancyForm.submit") }).click();
    await expect(page.getByText(text(t, "employer.notice.submitted"))).toBeVisible();
    await moderator.goto(`/${locale}/staff`);
    const item = moderator.getByTestId("queue-item").filter({ hasText: title });
    await expect(item).toContainText(text(t, "staff.kind.resubmitted"));
    await expect(item.getByTestId("queue-request")).toContainText(request);
  });
}

test("extending a vacancy offers a later date and only moves the end later", async ({ page, accounts }) => {
  const t = catalog("ru");
  const employer = await accounts.employer({ page, country: "KZ" });
  const end = new Date(Date.now() + 20 * day);
  const vacancy = await accounts.publishedVacancy(employer.organizationId, {
    title: `Кассир ${Date.now().toString(36)}`,
    validThrough: end,
  });
  await page.goto("/ru/employer");
  const row = page.getByTestId("employer-vacancy").filter({ hasText: vacancy.title });
  const date = row.getByLabel(text(t, "employer.renewUntil"));
  const offered = await date.inputValue();
  const min = await date.getAttribute("min");
  expect(Date.parse(offered)).toBeGreaterThan(end.getTime());
  expect(Date.parse(min!)).toBeGreaterThan(end.getTime() - day);
  await row.getByRole("button", { name: text(t, "employer.renew") }).click();
  await expect(row.getByText(text(t, "employer.renewed"))).toBeVisible();
  const after = await (await db()).vacancy.findUniqueOrThrow({ where: { id: vacancy.id } });
  expect(after.validThrough!.getTime()).toBeGreaterThan(end.getTime());
  expect(after.validThrough!.toISOString().slice(0, 10) >= offered).toBe(true);
});
