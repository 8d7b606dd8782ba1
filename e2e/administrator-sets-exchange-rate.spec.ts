import { expect, test } from "./support/fixtures";
import { catalog } from "./messages";
import { text } from "./support/employer";

test("an administrator enters the som→tenge rate: a slipped digit is caught and what was typed stays; vacancy pages use the new rate", async ({
  browser,
  accounts,
}) => {
  const t = catalog("ky");
  const { page: admin } = await accounts.staff({ role: "ADMINISTRATOR", countries: ["KG", "KZ"] });
  await admin.goto("/ky/staff");
  await admin.getByRole("link", { name: text(t, "staff.navRates") }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(text(t, "staff.ratesTitle"));

  const form = admin.getByRole("form", { name: text(t, "staff.rateNew") });
  await form.getByLabel(text(t, "staff.rateValue")).fill("596"); // a missing comma
  await form.getByLabel(text(t, "staff.rateSource")).fill("КРУБ");
  await form.getByRole("button", { name: text(t, "staff.rateSave") }).click();
  await expect(form).toContainText(`${text(t, "staff.rateValue")}: ${text(t, "validation.rateImplausible")}`);
  await expect(form.getByLabel(text(t, "staff.rateValue"))).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel(text(t, "staff.rateValue")).fill("7,96"); // a slipped digit: a third more than in force
  await form.getByLabel(text(t, "staff.rateSource")).fill("КРУБ, расмий курс");
  await form.getByRole("button", { name: text(t, "staff.rateSave") }).click();
  await expect(form).toContainText(text(t, "validation.rateJump"));
  await expect(form.getByLabel(text(t, "staff.rateSource"))).toHaveValue("КРУБ, расмий курс");
  await expect(form.getByLabel(text(t, "staff.rateValue"))).toHaveValue("7,96");

  await form.getByLabel(text(t, "staff.rateValue")).fill("5,96");
  await form.getByRole("button", { name: text(t, "staff.rateSave") }).click();
  await expect(form).toContainText(text(t, "staff.rateSaved"));
  await expect(admin.getByRole("row").filter({ hasText: "КРУБ, расмий курс" })).toContainText("5,96");

  // A seeker's vacancy page converts pay at the rate just entered.
  const seeker = await browser.newContext();
  const page = await seeker.newPage();
  await page.goto("/ky/vacancies?country=KZ");
  await page.getByTestId("search-result").first().getByRole("link").first().click();
  await expect(page.getByText(/5[,.]96/).first()).toBeVisible();
  await seeker.close();
});

test("a moderator cannot open the exchange-rate page", async ({ accounts }) => {
  const t = catalog("ru");
  const { page: moderator } = await accounts.staff({ countries: ["KG"] });
  await moderator.goto("/ru/staff");
  await expect(moderator.getByRole("link", { name: text(t, "staff.navRates") })).toHaveCount(0);
  const response = await moderator.goto("/ru/staff/rates");
  expect(response?.status()).toBe(403);
  await expect(moderator.getByRole("heading", { name: text(t, "staff.adminsOnlyTitle") })).toBeVisible();
  await expect(moderator.getByText(text(t, "staff.adminsOnly"))).toBeVisible();
  await expect(moderator.getByRole("form", { name: text(t, "staff.rateNew") })).toHaveCount(0);
});
