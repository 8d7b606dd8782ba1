import { expect, test } from "./support/fixtures";

// Stored text written by people (titles, descriptions, organisation names, moderators' and seekers' messages)
// is shown on many screens. Each payload below would run script if any screen put it into the page as markup;
// every screen must show it as text.
const payloads = [
  `<img src=x onerror="window.__xss=1">`,
  `"><svg onload="window.__xss=2">`,
  `</script><script>window.__xss=3</script>`,
  `javascript:window.__xss=4`,
  `{{constructor.constructor('window.__xss=5')()}}`,
  `<a href="javascript:window.__xss=6">нажми</a>`,
];
const hostile = payloads.join(" ");

test("stored hostile text is shown as text on every screen that shows it", async ({ page, accounts }) => {
  test.setTimeout(120_000);
  const db = (await import("../lib/server/db")).db;
  const employer = await accounts.employer({ page, country: "KZ", legalName: `ТОО ${payloads[1]}` });
  const title = `Повар ${payloads[0]}`.slice(0, 150);
  const vacancy = await accounts.publishedVacancy(employer.organizationId, {
    title,
    description: `Приготовление блюд по технологическим картам. ${hostile}`,
    contactName: payloads[2],
    address: payloads[5],
  });
  await db.organization.update({
    where: { id: employer.organizationId },
    data: { description: hostile, website: "https://example.kz/?q=<b>" },
  });
  await db.notification.create({
    data: {
      userId: employer.userId,
      organizationId: employer.organizationId,
      kind: "VACANCY_CHANGES_REQUESTED",
      vacancyId: vacancy.id,
      params: { title, message: hostile, organization: `ТОО ${payloads[1]}` },
    },
  });
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const { page: moderator } = await accounts.staff({ countries: ["KZ"] });
  moderator.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await db.vacancy.update({ where: { id: vacancy.id }, data: { reportedAt: new Date() } });

  const screens: [typeof page, string][] = [
    [page, `/ru/vacancies?q=${encodeURIComponent("Повар")}`],
    [page, `/ru/vacancies/${vacancy.id}`],
    [page, `/ru/employers/${employer.organizationId}`],
    [page, "/ru/employer"],
    [page, "/ru/employer/notifications"],
    [page, `/ru/employer/vacancies/${vacancy.id}/edit`],
    [page, `/ru/employer/vacancies/${vacancy.id}/preview`],
    [page, "/ru/employer/organization"],
    [moderator, "/ru/staff"],
    [moderator, `/ru/staff/vacancies/${vacancy.id}`],
  ];
  for (const [who, path] of screens) {
    await who.goto(path);
    await who.waitForLoadState("networkidle");
    expect(await who.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
    // No element the payloads would create exists; the text itself is there.
    expect(await who.locator("img[src='x'], svg[onload], a[href^='javascript:']").count(), path).toBe(0);
  }
  await page.goto(`/ru/vacancies/${vacancy.id}`);
  await expect(page.getByText(payloads[0]!).first()).toBeVisible();
  expect(dialogs).toEqual([]);
});
