import { expect, test } from "./support/fixtures";
import { catalog } from "./messages";
import { field, text } from "./support/employer";

for (const locale of ["ru", "kk"] as const) {
  test(`an employer saves an empty draft, continues it later, and is asked before leaving unsaved typing (${locale})`, async ({
    page,
    accounts,
  }) => {
    const t = catalog(locale);
    await accounts.employer({ page });

    // An empty form saves as a draft: nothing is required yet.
    await page.goto(`/${locale}/employer/vacancies/new`);
    await page.getByRole("button", { name: text(t, "vacancyForm.saveDraft") }).click();
    await expect(page.getByText(text(t, "employer.notice.savedDraft"))).toBeVisible();
    const draft = page.getByRole("link", { name: text(t, "employer.untitled") });
    await expect(draft).toBeVisible();

    // Later: open it, type half a description; a language switch asks first, and "stay" keeps the typing.
    await draft.click();
    const description = page.getByLabel(field(t, "vacancyForm.description"));
    await description.fill("Сборщик мебели, подробности позже");
    const otherLanguage = locale === "ru" ? "kk" : "ru";
    page.once("dialog", (dialog) => {
      expect(dialog.message()).toBe(text(t, "vacancyForm.unsavedChanges"));
      void dialog.dismiss();
    });
    await page.locator(`header a[hreflang="${otherLanguage}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/employer/vacancies/`));
    await expect(description).toHaveValue("Сборщик мебели, подробности позже");

    // Saved as typed (too short to submit, fine for a draft), then the page is left without a question.
    await page.getByRole("button", { name: text(t, "vacancyForm.saveDraft") }).click();
    await expect(page.getByText(text(t, "employer.notice.savedDraft"))).toBeVisible();
    await page.getByRole("link", { name: text(t, "employer.untitled") }).click();
    await expect(page.getByLabel(field(t, "vacancyForm.description"))).toHaveValue("Сборщик мебели, подробности позже");
    await page.getByRole("button", { name: text(t, "vacancyForm.submit") }).click();
    await expect(page.getByText(text(t, "validation.descriptionTooShort")).first()).toBeVisible();
  });
}
