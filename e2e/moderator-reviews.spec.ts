import { expect, test } from "./support/fixtures";
import { createRandom } from "../prisma/seed/random";
import { catalog } from "./messages";
import { fillVacancyForm, text } from "./support/employer";

test.describe.configure({ mode: "serial" });

test("a fee request tops the queue with its flag marked; rejected with a reason the employer reads in Kazakh", async ({
  page,
  accounts,
}) => {
  const t = catalog("kk");
  const random = createRandom(Date.now() % 1_000_000);
  await accounts.employer({ page, country: "KZ" });
  const title = `Аспаз ${random.id().slice(0, 5)}`;
  await page.goto("/kk/employer/vacancies/new");
  await fillVacancyForm(page, t, "kk", {
    title,
    description:
      "Асхана ас үйінде тамақ дайындау. Жұмысқа қабылдау үшін кепіл ақы 20 000 теңге төлейсіз, ол үш айдан кейін қайтарылады. Жатақхана беріледі.",
  });
  await page.getByRole("button", { name: text(t, "vacancyForm.submit") }).click();
  await expect(page.getByText(text(t, "employer.notice.submitted"))).toBeVisible();

  const { page: moderator } = await accounts.staff({ countries: ["KZ"] });
  await moderator.goto("/kk/staff");
  const first = moderator.getByTestId("queue-item").first();
  await expect(first).toContainText(title);
  await expect(first).toContainText(text(t, "staff.risk.HIGH"));
  await first.getByRole("link", { name: title }).click();
  await expect(moderator.getByTestId("risk")).toContainText(text(t, "staff.flag.FEE"));
  // The rule's excerpt among the marks (the learned model marks its words too)
  await expect(
    moderator
      .getByTestId("seeker-view")
      .getByTestId("vacancy-description")
      .locator("mark", { hasText: /кепіл ақы/i }),
  ).toBeVisible();
  await moderator
    .getByLabel(text(t, "staff.message"))
    .fill("Жұмысшыдан кепіл ақы алуға болмайды. Бұл талапты алып тастаңыз.");
  await moderator.getByLabel(new RegExp(`^${text(t, "staff.reasonCode")}`)).selectOption("FEE_ASKED");
  await moderator.getByRole("button", { name: text(t, "staff.reject"), exact: true }).click();
  await expect(moderator.getByText(text(t, "staff.decided.rejected"))).toBeVisible();

  await page.goto("/kk/employer");
  const rejection = page.locator("#status-REJECTED").getByTestId("rejection");
  await expect(rejection).toContainText(text(t, "staff.rejection.FEE_ASKED"));
  await expect(rejection).toContainText("Жұмысшыдан кепіл ақы алуға болмайды");
});

test("an approved vacancy appears in public search; a seeker reports it and the case reaches the queue", async ({
  page,
  browser,
  accounts,
}) => {
  const t = catalog("ru");
  const random = createRandom((Date.now() + 17) % 1_000_000);
  await accounts.employer({ page, country: "KZ" });
  const title = `Повар ${random.id().slice(0, 5)}`;
  await page.goto("/ru/employer/vacancies/new");
  await fillVacancyForm(page, t, "ru", {
    title,
    description:
      "Приготовление блюд по технологическим картам. Официальное оформление, медкомиссия за счёт работодателя, форма бесплатно.",
  });
  await page.getByRole("button", { name: text(t, "vacancyForm.submit") }).click();
  await expect(page.getByText(text(t, "employer.notice.submitted"))).toBeVisible();

  const { page: moderator } = await accounts.staff({ countries: ["KZ"] });
  await moderator.goto("/ru/staff");
  await moderator.getByTestId("queue-item").filter({ hasText: title }).getByRole("link", { name: title }).click();
  await moderator.getByRole("button", { name: text(t, "staff.approveAs.new") }).click();
  await expect(moderator.getByText(text(t, "staff.decided.published"))).toBeVisible();

  // A seeker (no account) finds it and reports it.
  const seeker = await browser.newContext();
  const seekerPage = await seeker.newPage();
  await seekerPage.goto(`/ru/vacancies?q=${encodeURIComponent(title)}`);
  await seekerPage.getByTestId("search-result").filter({ hasText: title }).getByRole("link").first().click();
  await seekerPage.getByText(text(t, "report.title")).click();
  await seekerPage.getByLabel(text(t, "report.reason.FALSE_INFORMATION")).check();
  await seekerPage.getByLabel(text(t, "report.message")).fill("По телефону сказали, что зарплата в два раза меньше.");
  await seekerPage.getByRole("button", { name: text(t, "report.send") }).click();
  // The receipt takes the focus (and is said by the status region around it), so it is not missed.
  await expect(seekerPage.getByTestId("report-receipt")).toBeFocused();
  await expect(seekerPage.getByRole("status").filter({ has: seekerPage.getByTestId("report-receipt") })).toBeVisible();
  const receipt = (await seekerPage.getByTestId("report-receipt").innerText()).match(/R-[A-Z2-9]{7}/)![0];

  await moderator.goto("/ru/staff/reports");
  const report = moderator.getByTestId("report-case").filter({ hasText: receipt });
  await expect(report).toContainText(text(t, "report.reason.FALSE_INFORMATION"));
  await expect(report).toContainText(title);
  await seeker.close();
});
