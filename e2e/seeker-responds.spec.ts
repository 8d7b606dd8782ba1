import { randomBytes } from "node:crypto";
import { IntlMessageFormat } from "intl-messageformat";
import { catalog, type Catalog } from "./messages";
import { field, text } from "./support/employer";
import { expect, test } from "./support/fixtures";

// The seeker's journey where it matters: from a found vacancy to a contact, on a phone.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

for (const locale of ["ru", "ky"] as const) {
  test(`a seeker on a phone responds; the employer invites them; the private link shows it (${locale})`, async ({
    page,
    accounts,
  }) => {
    const t: Catalog = catalog(locale);
    const employer = await accounts.employer({ country: "KZ" });
    const title = `Сварщик ${randomBytes(3).toString("hex")}`;
    const vacancy = await accounts.publishedVacancy(employer.organizationId, {
      title,
      occupationCode: "7212",
      sector: "CONSTRUCTION",
      openToOtherCountry: true,
      contactPhone: "+7 701 555 12 34",
      contactWhatsapp: "+7 701 555 12 34",
      contactTelegram: "@weld_hr",
    });

    // Search → vacancy: contacts first, as links, with the safety line; the bar stays at the bottom.
    await page.goto(`/${locale}/vacancies?q=${encodeURIComponent(title)}`);
    await page.getByTestId("search-result").filter({ hasText: title }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const links = page.getByTestId("contact-links");
    await expect(links.locator('a[href="tel:+77015551234"]')).toBeVisible();
    await expect(links.locator('a[href="https://wa.me/77015551234"]')).toBeVisible();
    await expect(links.locator('a[href="https://t.me/weld_hr"]')).toBeVisible();
    await expect(page.getByTestId("safety-line")).toHaveText(text(t, "contact.safetyLine"));
    await expect(page.getByTestId("contact-bar")).toBeVisible();
    await expect(page.getByTestId("safety-advice")).toContainText(text(t, "safety.fromKyrgyzstan.title"));
    // Open to the other country: the 30 days without registration, for the host country named.
    const registration = new IntlMessageFormat(text(t, "safety.registration"), locale).format({ country: "KZ" });
    await expect(page.getByTestId("safety-advice")).toContainText(String(registration));
    await page.screenshot({ path: `test-results/vacancy-phone-${locale}.png` });

    // Save it on the device, find it on the Saved page.
    await page.getByRole("button", { name: `☆ ${text(t, "share.save")}` }).click();
    await expect(page.getByRole("button", { name: `★ ${text(t, "share.saved")}` })).toBeVisible();

    // Respond: a missing country code is explained next to the field and nothing typed is lost.
    await page
      .getByTestId("contact-bar")
      .getByRole("link", { name: text(t, "contact.respond") })
      .click();
    await page.getByLabel(field(t, "respond.name")).fill("Айбек Токтогулов");
    await page.getByLabel(field(t, "respond.phone")).fill("555 12 34 56");
    await page.getByLabel(field(t, "respond.message")).fill("Тажрыйбам 5 жыл.");
    await page.getByLabel(field(t, "respond.consent")).check();
    await page.getByRole("button", { name: text(t, "respond.send") }).click();
    await expect(page.getByText(text(t, "validation.phoneWithCode"))).toBeVisible();
    await expect(page.getByLabel(field(t, "respond.name"))).toHaveValue("Айбек Токтогулов");
    await page.getByLabel(field(t, "respond.phone")).fill(`+996 555 ${Math.floor(100000 + Math.random() * 899999)}`);
    await page.getByLabel(field(t, "respond.consent")).check();
    await page.getByRole("button", { name: text(t, "respond.send") }).click();
    const receipt = page.getByTestId("response-receipt");
    await expect(receipt).toContainText(text(t, "respond.sent"));
    await expect(receipt).toBeFocused();
    const link = (await receipt.getByRole("link").getAttribute("href"))!.replace(/^https?:\/\/[^/]+/, "");

    // The employer sees the response and invites the seeker.
    await employer.page.goto(`/${locale}/employer/vacancies/${vacancy.id}/responses`);
    const response = employer.page.getByTestId("response").first();
    await expect(response).toContainText("Айбек Токтогулов");
    await response.getByRole("button", { name: text(t, "respond.mark.INVITED") }).click();
    await expect(response.getByTestId("response-state")).toHaveText(text(t, "respond.status.INVITED"));

    // The seeker's private link shows the invitation.
    await page.goto(link);
    await expect(page.getByTestId("response-status")).toContainText(text(t, "respond.status.INVITED"));

    // The Saved page lists the vacancy; the employer page lists it too.
    await page.goto(`/${locale}/saved`);
    await expect(page.getByTestId("saved-list")).toContainText(title);
    await page.goto(`/${locale}/employers/${employer.organizationId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(employer.legalName);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
  });
}

test("a closed vacancy takes no responses; print hides the navigation and the contact bar", async ({
  page,
  accounts,
}) => {
  const t = catalog("ru");
  const employer = await accounts.employer({ country: "KG" });
  const vacancy = await accounts.publishedVacancy(employer.organizationId, { responsesEnabled: false });
  await page.goto(`/ru/vacancies/${vacancy.id}`);
  await expect(page.locator("#respond")).toHaveText(text(t, "respond.off"));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("contact-bar")).toBeHidden();
  await expect(page.getByTestId("save-share")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
