import { expect, test } from "./support/fixtures";
import { catalog } from "./messages";
import { field, formatted, openLinkFromOutbox, text } from "./support/employer";

const db = async () => (await import("../lib/server/db")).db;
/**
 * The alert job, sent through the job queue as the 5-minute schedule sends it; the server's worker runs it.
 * Waits until the job is done. Nothing public triggers it.
 */
async function runAlertJob() {
  const { createJobQueue } = await import("../lib/server/jobs");
  const { queues } = await import("../lib/server/queues");
  const boss = createJobQueue({ supervise: false, schedule: false, migrate: false, max: 1 });
  await boss.start();
  try {
    const id = await boss.send(queues.sendImmediateAlerts, {});
    await expect
      .poll(async () => (await boss.getJobById(queues.sendImmediateAlerts, id!))?.state, { timeout: 20_000 })
      .toBe("completed");
  } finally {
    await boss.stop({ graceful: false, wait: false });
  }
}
const alertMails = async (to: string) =>
  (await db()).mailMessage.findMany({ where: { to, kind: "alert-digest" }, orderBy: { createdAt: "asc" } });

test("a seeker subscribes to a search, confirms from the mail, gets a newly approved vacancy once, and unsubscribes in one click", async ({
  page,
  accounts,
  request,
}) => {
  const t = catalog("ru");
  const id = Date.now().toString(36);
  const email = `seeker-${id}@example.test`;

  // The search page: the form refuses a malformed address next to the field, then takes the good one.
  await page.goto("/ru/vacancies?country=KG&region=KG-GB");
  const form = page.getByRole("form", { name: text(t, "alerts.formTitle") });
  await form.getByLabel(field(t, "alerts.email")).fill("seeker@example");
  await form.getByLabel(text(t, "alerts.frequency")).selectOption("IMMEDIATE");
  await form.getByRole("button", { name: text(t, "alerts.subscribe") }).click();
  await expect(form.getByText(text(t, "validation.email"))).toBeVisible();
  await form.getByLabel(field(t, "alerts.email")).fill(email);
  await form.getByLabel(text(t, "alerts.frequency")).selectOption("IMMEDIATE");
  await form.getByRole("button", { name: text(t, "alerts.subscribe") }).click();
  await expect(page.getByTestId("alert-check-mail")).toHaveText(text(t, "alerts.checkMail"));

  // Double opt-in: the confirmation link opens a page whose button confirms (the GET alone changes nothing).
  await openLinkFromOutbox(page, "ru", email, "/alerts/confirm");
  expect((await (await db()).alertSubscription.findFirstOrThrow({ where: { address: { email } } })).status).toBe(
    "PENDING",
  );
  await page.getByRole("button", { name: text(t, "alerts.confirmButton") }).click();
  await expect(page.getByText(text(t, "alerts.confirmOutcome.confirmed"))).toBeVisible();

  // A moderator approves a matching vacancy.
  const employer = await accounts.employer({ country: "KG" });
  const title = `Сварщик ${id}`;
  await accounts.publishedVacancy(employer.organizationId, {
    title,
    countryCode: "KG",
    regionCode: "KG-GB",
    cityCode: null,
    salaryCurrency: "KGS",
    status: "PENDING_REVIEW",
    publishedAt: null,
    submittedAt: new Date(),
  });
  const { page: moderator } = await accounts.staff({ countries: ["KG"] });
  await moderator.goto("/ru/staff");
  await moderator.getByTestId("queue-item").filter({ hasText: title }).getByRole("link", { name: title }).click();
  await moderator.getByRole("button", { name: text(t, "staff.approveAs.new") }).click();
  await expect(moderator.getByText(text(t, "staff.decided.published"))).toBeVisible();

  // The alert arrives once (the worker may have sent it already; the job run here adds nothing twice).
  await runAlertJob();
  await expect.poll(async () => (await alertMails(email)).length).toBe(1);
  await page.goto(`/ru/dev/outbox?to=${encodeURIComponent(email)}`);
  const alert = page.getByTestId("outbox-message").first();
  await expect(alert.getByRole("heading")).toHaveText(formatted(t, "ru", "alerts.mail.digestSubject", { count: 1 }));
  await expect(alert).toContainText(title);

  // The job runs again: nothing new is sent.
  await runAlertJob();
  await runAlertJob();
  expect(await alertMails(email)).toHaveLength(1);

  // The manage link in the mail: the subscription, its search in the search page's words, and its frequency.
  await openLinkFromOutbox(page, "ru", email, "/alerts/manage");
  const card = page.getByTestId("alert-subscription");
  await expect(card).toHaveAttribute("data-status", "ACTIVE");
  await expect(card).toContainText(text(t, "country.KG"));
  await card.getByLabel(text(t, "alerts.frequency")).selectOption("DAILY");
  await card.getByRole("button", { name: text(t, "alerts.saveFrequency") }).click();
  await expect(card.getByText(text(t, "alerts.managed.frequency"))).toBeVisible();

  // One-click unsubscribe (RFC 8058) with the mail's own header: POST, no page, no question.
  const [mail] = await alertMails(email);
  const headers = mail!.headers as Record<string, string>;
  expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const unsubscribe = /^<([^>]+)>$/.exec(headers["List-Unsubscribe"]!)![1]!;
  const answer = await request.post(unsubscribe.replace(/^https?:\/\/[^/]+/, ""), {
    form: { "List-Unsubscribe": "One-Click" },
  });
  expect(answer.status()).toBe(204);

  // The manage link in the same mail shows it ended.
  await openLinkFromOutbox(page, "ru", email, "/alerts/manage");
  const subscription = page.getByTestId("alert-subscription");
  await expect(subscription).toHaveAttribute("data-status", "ENDED");
  await expect(subscription).toContainText(text(t, "alerts.status.ENDED"));
  await expect(page.getByRole("button", { name: text(t, "alerts.end") })).toHaveCount(0);
});
