import { createRandom } from "../prisma/seed/random";
import { catalog } from "./messages";
import { field, fillVacancyForm, text } from "./support/employer";
import { expect, test } from "./support/fixtures";

test("an employer finds «водитель» in the occupation picker; a seeker finds the vacancy by an inflected Kazakh word", async ({
  page,
  accounts,
}) => {
  const t = catalog("ru");
  const title = `Водитель такси ${createRandom(Date.now() % 1_000_000)
    .id()
    .slice(0, 5)}`;
  await accounts.employer({ page, country: "KZ" });
  await page.goto("/ru/employer/vacancies/new");
  await fillVacancyForm(page, t, "ru", {
    title,
    description: "Работа на новом автомобиле компании, смены по 12 часов, топливо за счёт компании.",
  });
  // The picker: typing the everyday word puts its ISCO-08 group first.
  const picker = page.getByRole("combobox", { name: text(t, "vacancyForm.occupation") });
  await picker.fill("водитель");
  const options = page.getByRole("option");
  await expect(options.first()).toContainText("8322");
  await options.first().click();
  await expect(picker).toHaveValue(/\(8322\)/);
  await page.getByLabel(field(t, "vacancyForm.sector")).selectOption("TRANSPORT");
  await page.getByRole("button", { name: text(t, "vacancyForm.submit") }).click();
  await expect(page.getByText(text(t, "employer.notice.submitted"))).toBeVisible();

  const { page: moderator } = await accounts.staff({ countries: ["KZ"] });
  await moderator.goto("/ru/staff");
  await moderator.getByTestId("queue-item").filter({ hasText: title }).getByRole("link", { name: title }).click();
  await moderator.getByRole("button", { name: text(t, "staff.approveAs.new") }).click();
  await expect(moderator.getByText(text(t, "staff.decided.published"))).toBeVisible();

  // A seeker on the Kazakh interface types the plural of «жүргізуші» (driver): the Russian title is found.
  const kk = catalog("kk");
  await page.goto("/kk/vacancies");
  await page.getByRole("combobox", { name: text(kk, "home.searchLabel") }).fill("жүргізушілер такси");
  await page.getByRole("button", { name: text(kk, "home.searchButton") }).click();
  const result = page.getByTestId("search-result").filter({ hasText: title });
  await expect(result).toBeVisible();
  await expect(result.locator("mark").first()).toContainText("Водитель");
});
