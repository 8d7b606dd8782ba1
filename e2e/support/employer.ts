import { expect, type Page } from "@playwright/test";
import { IntlMessageFormat } from "intl-messageformat";
import type { Catalog } from "../messages";

export const text = (t: Catalog, path: string) =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], t) as string;
/** A message with its values, as the UI formats it (ICU plurals and selects). */
export const formatted = (t: Catalog, locale: string, path: string, values: Record<string, string | number>) =>
  String(new IntlMessageFormat(text(t, path), locale).format(values));
/** A field's exact label; required fields carry a trailing "*". */
export const field = (t: Catalog, path: string) =>
  new RegExp(`^${text(t, path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\*?$`);
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function openLinkFromOutbox(page: Page, locale: string, email: string, path: string) {
  await page.goto(`/${locale}/dev/outbox?to=${encodeURIComponent(email)}`);
  const link = page.getByTestId("outbox-message").first().locator(`a[href*="${path}"]`);
  await expect(link).toBeVisible();
  await page.goto((await link.getAttribute("href"))!.replace(/^https?:\/\/[^/]+/, ""));
}

/** Fills every required field of the vacancy form (Almaty cook), with the given title and description. */
export async function fillVacancyForm(
  page: Page,
  t: Catalog,
  locale: string,
  vacancy: { title: string; description: string; salaryMin?: string; salaryMax?: string },
) {
  await page.getByLabel(field(t, "vacancyForm.title")).fill(vacancy.title);
  await page
    .getByRole("combobox", { name: text(t, "vacancyForm.occupation") })
    .fill(locale === "kk" ? "аспаз" : "повар");
  await page.getByRole("option", { name: /5120/ }).click();
  await page.getByLabel(field(t, "vacancyForm.sector")).selectOption("SERVICES");
  await page.getByLabel(field(t, "vacancyForm.description")).fill(vacancy.description);
  await page.getByLabel(field(t, "vacancyForm.region")).selectOption("KZ-75");
  await page.getByLabel(field(t, "vacancyForm.salaryMin")).fill(vacancy.salaryMin ?? "300000");
  await page.getByLabel(field(t, "vacancyForm.salaryMax")).fill(vacancy.salaryMax ?? "400000");
  await page.getByLabel(field(t, "vacancyForm.employmentType")).selectOption("FULL_TIME");
  await page.getByLabel(field(t, "vacancyForm.contractType")).selectOption("EMPLOYMENT_PERMANENT");
  await page.getByLabel(field(t, "vacancyForm.experience")).selectOption("ONE_TO_THREE");
  await page.getByLabel(field(t, "vacancyForm.education")).selectOption("VOCATIONAL");
  await page.getByLabel(field(t, "vacancyForm.validThrough")).fill(inDays(30));
  await page.getByLabel(field(t, "vacancyForm.travelPaidBy")).selectOption("EMPLOYER");
  await page.getByLabel(field(t, "vacancyForm.housingPaidBy")).selectOption("NOT_APPLICABLE");
  await page.getByLabel(field(t, "vacancyForm.documentsPaidBy")).selectOption("EMPLOYER");
  await page.getByLabel(field(t, "vacancyForm.noFeeConfirmed")).check();
}
