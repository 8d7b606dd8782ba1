import { expect, test } from "./support/fixtures";
import { fakeKazakhBin } from "../prisma/seed/factories";
import { createRandom } from "../prisma/seed/random";
import { signInOnStaffPage } from "./support/staff";
import { catalog } from "./messages";
import { field, fillVacancyForm, openLinkFromOutbox, text } from "./support/employer";

for (const locale of ["ru", "kk"] as const) {
  test(`an employer registers, verifies, posts a vacancy and edits it after publication (${locale})`, async ({
    page,
    accounts,
  }, testInfo) => {
    const t = catalog(locale);
    const random = createRandom((Date.now() % 100_000) + testInfo.workerIndex + (locale === "kk" ? 7 : 0));
    const email = `hr-${random.id()}@example.test`;
    const title = `${locale === "kk" ? "Аспаз" : "Повар"} ${random.id().slice(0, 6)}`;

    // Register: a wrong BIN is explained next to the field and nothing typed is lost.
    await page.goto(`/${locale}/employer/register`);
    await page.getByLabel(field(t, "auth.countryCode")).selectOption("KZ");
    await page.getByLabel(field(t, "auth.kind")).selectOption("COMPANY");
    await page.getByLabel(field(t, "auth.legalName")).fill("ТОО «Жетісу Құрылыс»");
    await page.getByLabel(field(t, "auth.registryNumberKZ")).fill("080440000128");
    await page.getByLabel(field(t, "auth.contactPhone")).fill("+7 701 555 12 34");
    await page.getByLabel(field(t, "auth.name")).fill("Айгерим Сейткали");
    await page.getByLabel(field(t, "auth.email")).fill(email);
    await page.getByLabel(field(t, "auth.password")).fill("жақсы құпия сөз 2026");
    await page.getByRole("button", { name: text(t, "auth.registerButton") }).click();
    // The error shows in the summary at the top and next to the field.
    await expect(page.getByText(text(t, "validation.registryNumber.checksum")).first()).toBeVisible();
    await expect(page.getByLabel(field(t, "auth.legalName"))).toHaveValue("ТОО «Жетісу Құрылыс»");
    await page.getByLabel(field(t, "auth.registryNumberKZ")).fill(fakeKazakhBin(random));
    await page.getByRole("button", { name: text(t, "auth.registerButton") }).click();
    await expect(page.getByRole("heading", { level: 1, name: text(t, "auth.checkEmailTitle") })).toBeVisible();

    // Verify through the link in the mail, then sign in.
    await openLinkFromOutbox(page, locale, email, "/employer/verify-email");
    await page.getByRole("button", { name: text(t, "auth.verifyButton") }).click();
    await expect(page.getByText(text(t, "auth.verifiedNotice"))).toBeVisible();
    await page.getByLabel(field(t, "auth.email")).fill(email);
    await page.getByLabel(field(t, "auth.password")).fill("жақсы құпия сөз 2026");
    await page.getByRole("button", { name: text(t, "auth.signInButton") }).click();
    await expect(page.getByRole("heading", { level: 1, name: text(t, "employer.dashboardTitle") })).toBeVisible();

    // Create a vacancy; pay "from" above "to" is caught, fixed, and the rest stays filled in.
    await page
      .getByRole("main")
      .getByRole("link", { name: text(t, "employer.newVacancy") })
      .first()
      .click();
    await fillVacancyForm(page, t, locale, {
      title,
      description:
        "Приготовление блюд казахской и европейской кухни. Официальное оформление с первого дня, питание, форма за счёт работодателя.",
      salaryMin: "400000",
      salaryMax: "300000",
    });
    await page.getByRole("button", { name: text(t, "vacancyForm.submit") }).click();
    await expect(page.getByText(text(t, "validation.salaryMinAboveMax")).first()).toBeVisible();
    await expect(page.getByLabel(field(t, "vacancyForm.title"))).toHaveValue(title);
    await page.getByLabel(field(t, "vacancyForm.salaryMax")).fill("480000");
    await page.getByRole("button", { name: text(t, "vacancyForm.submit") }).click();

    // It waits for review.
    await expect(page.getByText(text(t, "employer.notice.submitted"))).toBeVisible();
    const pending = page.locator("#status-PENDING_REVIEW").getByTestId("employer-vacancy").filter({ hasText: title });
    await expect(pending).toBeVisible();

    // A Kazakh moderator approves it in the back office; it is public and searchable.
    // (The staff sign-in page itself, with the moderator's password.)
    const { page: moderator, ...account } = await accounts.staff({ countries: ["KZ"], signedIn: false });
    await signInOnStaffPage(moderator, locale, account);
    await moderator.getByTestId("queue-item").filter({ hasText: title }).getByRole("link", { name: title }).click();
    await moderator.getByRole("button", { name: text(t, "staff.approveAs.new") }).click();
    await expect(moderator.getByText(text(t, "staff.decided.published"))).toBeVisible();
    // The dashboard link is /<locale>/employer/vacancies/<id>/edit.
    const id = (await page
      .locator("#status-PENDING_REVIEW a")
      .filter({ hasText: title })
      .first()
      .getAttribute("href"))!.split("/")[4]!;
    await page.goto(`/${locale}/vacancies?q=${encodeURIComponent(title)}`);
    await expect(page.getByTestId("search-result").filter({ hasText: title })).toBeVisible();
    await page.goto(`/${locale}/vacancies/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    // The employer edits the published vacancy: the revision waits, the public version does not change.
    await page.goto(`/${locale}/employer/vacancies/${id}/edit`);
    await expect(page.getByTestId("revision-notice")).toHaveText(text(t, "vacancyForm.publishedEditNotice"));
    await page.getByLabel(field(t, "vacancyForm.title")).fill(`${title} (2)`);
    await page.getByLabel(field(t, "vacancyForm.noFeeConfirmed")).check();
    await page.getByRole("button", { name: text(t, "vacancyForm.submit") }).click();
    await expect(page.getByText(text(t, "employer.notice.revisionSubmitted"))).toBeVisible();
    await expect(
      page.locator("#status-PUBLISHED").getByTestId("employer-vacancy").filter({ hasText: title }),
    ).toContainText(text(t, "employer.revision.PENDING_REVIEW"));
    await page.goto(`/${locale}/vacancies/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    // The moderator sees the revision as a diff against the published text.
    await moderator.goto(`/${locale}/staff`);
    await moderator.getByTestId("queue-item").filter({ hasText: title }).getByRole("link", { name: title }).click();
    await expect(moderator.getByTestId("revision-diff")).toContainText(`${title} (2)`);
  });
}
