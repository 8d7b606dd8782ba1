import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideVacancy } from "@/lib/moderation/decide-vacancy";
import { refreshSearchEntries } from "@/lib/search/postgres-index";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { awaitingReview, createVacancy } from "@/prisma/seed/factories";
import { alertStatistics } from "./alert-statistics";
import { confirmAlert, maxActiveAlerts } from "./confirm-alert";
import { manageAlert } from "./manage-alert";
import { pruneAlerts } from "./prune-alerts";
import { sendAlerts } from "./send-alerts";
import { alertLimits, subscribeToAlerts } from "./subscribe-to-alerts";
import { unsubscribeAlert } from "./unsubscribe-alert";

const prisma = testPrisma();
const day = 86_400_000;
let ipCounter = 0;
/** Each test its own client address: the per-client limit is not what most of them are about. */
const newClient = () => ({ ip: `198.51.100.${++ipCounter}`, locale: "ru" });
const mailsTo = (to: string, kind?: string) =>
  prisma.mailMessage.findMany({ where: { to, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });
/** Runs the job and counts this address's alert mails (other tests' subscriptions may get mail too). */
const runAndCount = async (email: string, frequency: "IMMEDIATE" | "DAILY" = "IMMEDIATE", now?: Date) => {
  await sendAlerts(frequency, now);
  return (await mailsTo(email, "alert-digest")).length;
};
const tokenIn = (text: string, path: string) => new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(text)?.[1] ?? "";

let moderator: Awaited<ReturnType<typeof createStaff>>["actor"];
let organizationId: string;

/** A vacancy in Kyrgyzstan sent for review, approved by a moderator as the staff page would. */
async function approvedVacancy(title: string) {
  const vacancy = await createVacancy(prisma, {
    organizationId,
    countryCode: "KG",
    ...awaitingReview(),
    title,
  });
  await approve(vacancy.id);
  return vacancy;
}
async function approve(id: string) {
  const { updatedAt } = await prisma.vacancy.findUniqueOrThrow({ where: { id } });
  await decideVacancy(moderator, { decision: "approve", vacancyId: id, version: updatedAt.toISOString() });
}
/** Subscribes and confirms through the mailed link, as a person would. */
async function confirmedSubscription(email: string, query = "?country=KG", frequency = "IMMEDIATE") {
  await subscribeToAlerts({ email, frequency, query }, newClient());
  const [mail] = (await mailsTo(email, "alert-confirm")).slice(-1);
  expect((await confirmAlert(tokenIn(mail!.text, "/alerts/confirm"))).outcome).toBe("confirmed");
  return prisma.alertSubscription.findFirstOrThrow({ where: { address: { email } }, orderBy: { createdAt: "desc" } });
}

beforeAll(async () => {
  await clearTransactionalData();
  moderator = (await createStaff("MODERATOR", ["KG"])).actor;
  organizationId = (await createEmployer({ country: "KG" })).organization.id;
});
afterAll(clearTransactionalData);

describe("double opt-in", () => {
  it("sends only the confirmation until the address confirms; confirming twice is harmless; a bad token changes nothing", async () => {
    const email = "ainura@example.kg";
    await subscribeToAlerts(
      { email: " Ainura@Example.KG ", frequency: "IMMEDIATE", query: "?country=KG&page=3" },
      newClient(),
    );
    const confirmations = await mailsTo(email);
    expect(confirmations.map((m) => m.kind)).toEqual(["alert-confirm"]);
    expect(confirmations[0]!.subject).toBe("Подтвердите подписку на вакансии");
    const subscription = await prisma.alertSubscription.findFirstOrThrow({ where: { address: { email } } });
    expect(subscription).toMatchObject({ status: "PENDING", query: "?country=KG", locale: "ru" });
    // Only the hash is stored.
    const token = tokenIn(confirmations[0]!.text, "/alerts/confirm");
    expect(subscription.confirmTokenHash).not.toContain(token);

    await approvedVacancy("Сварщик до подтверждения");
    expect(await runAndCount(email)).toBe(0);
    expect(await mailsTo(email)).toHaveLength(1);

    await expect(confirmAlert("x".repeat(43))).rejects.toMatchObject({ code: "not_found" });
    await expect(confirmAlert("short")).rejects.toMatchObject({ code: "not_found" });
    expect((await prisma.alertSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).status).toBe(
      "PENDING",
    );

    const first = await confirmAlert(token);
    expect(first.outcome).toBe("confirmed");
    expect(first.manageLink).toMatch(/\/ru\/alerts\/manage\?token=/);
    expect((await confirmAlert(token)).outcome).toBe("already-confirmed");
    const confirmed = await prisma.alertSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(confirmed.status).toBe("ACTIVE");
    // The vacancy approved before the confirmation is not news for this subscription.
    expect(await runAndCount(email)).toBe(0);
    await manageAlert({ operation: "endAll", token: tokenIn(first.manageLink!, "/alerts/manage") });
  });

  it("answers a known address as an unknown one, and a confirmed address must confirm a new subscription too", async () => {
    const email = "known@example.kz";
    await confirmedSubscription(email);
    await expect(
      subscribeToAlerts({ email, frequency: "DAILY", query: "?country=KZ" }, newClient()),
    ).resolves.toBeUndefined();
    const second = await prisma.alertSubscription.findFirstOrThrow({
      where: { address: { email }, query: "?country=KZ" },
    });
    expect(second.status).toBe("PENDING");
    expect((await mailsTo(email, "alert-confirm")).length).toBe(2);
  });

  it("refuses a stale confirmation link (older than 7 days)", async () => {
    const email = "late@example.kg";
    await subscribeToAlerts({ email, frequency: "DAILY", query: "" }, newClient());
    const [mail] = await mailsTo(email);
    await expect(
      confirmAlert(tokenIn(mail!.text, "/alerts/confirm"), new Date(Date.now() + 8 * day)),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("deduplication", () => {
  it("mails a vacancy once over several runs, an edit with re-approval, and two runs at once", async () => {
    const email = "dedupe@example.kg";
    const subscription = await confirmedSubscription(email);
    const first = await approvedVacancy("Электрик в Бишкеке");

    expect(await runAndCount(email)).toBe(1);
    expect(await runAndCount(email)).toBe(1);
    let digests = await mailsTo(email, "alert-digest");
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe("1 новая вакансия по вашему поиску");
    expect(digests[0]!.text).toContain("Электрик в Бишкеке");
    expect(digests[0]!.text).toContain(`/ru/vacancies/${first.id}`);
    expect(digests[0]!.html).toContain("Электрик в Бишкеке");
    expect(digests[0]!.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });

    // Returned for changes, edited, re-approved (publishedAt is kept): not news again.
    const { updatedAt } = await prisma.vacancy.findUniqueOrThrow({ where: { id: first.id } });
    await decideVacancy(moderator, {
      decision: "changes",
      vacancyId: first.id,
      version: updatedAt.toISOString(),
      message: "Укажите график работы подробнее.",
    });
    await prisma.vacancy.update({
      where: { id: first.id },
      data: { title: "Электрик (график 5/2)", status: "PENDING_REVIEW", submittedAt: new Date() },
    });
    await approve(first.id);
    expect(await runAndCount(email)).toBe(1);
    // Even if its publication date moved (as a re-publication might), the delivery record holds.
    await prisma.vacancy.update({ where: { id: first.id }, data: { publishedAt: new Date() } });
    await refreshSearchEntries(prisma, [first.id]);
    expect(await runAndCount(email)).toBe(1);

    // Two runs at the same time: one mail, with the new vacancy only.
    const second = await approvedVacancy("Сантехник в Бишкеке");
    await Promise.all([sendAlerts("IMMEDIATE"), sendAlerts("IMMEDIATE")]);
    digests = await mailsTo(email, "alert-digest");
    expect(digests).toHaveLength(2);
    expect(digests[1]!.text).toContain("Сантехник в Бишкеке");
    expect(digests[1]!.text).not.toContain("Электрик");
    expect(await prisma.alertDelivery.count({ where: { subscriptionId: subscription.id } })).toBe(2);
    expect(second.id).toBeTruthy();
    await unsubscribeAlert(tokenIn(digests[1]!.text, "/alerts/manage"));
  });

  it("sends a daily digest once a day, in the subscription's language", async () => {
    const email = "daily@example.kg";
    await subscribeToAlerts({ email, frequency: "DAILY", query: "?country=KG" }, { ...newClient(), locale: "ky" });
    const [mail] = await mailsTo(email);
    await confirmAlert(tokenIn(mail!.text, "/alerts/confirm"));
    await approvedVacancy("Ашпозчу");
    await approvedVacancy("Айдоочу");
    const tomorrow = new Date(Date.now() + day);
    expect(await runAndCount(email, "DAILY", tomorrow)).toBe(1);
    expect(await runAndCount(email, "DAILY", tomorrow)).toBe(1);
    const [digest] = await mailsTo(email, "alert-digest");
    expect(digest!.subject).toBe("Издөөңүз боюнча 2 жаңы вакансия");
    expect(digest!.text).toContain("/ky/alerts/manage?token=");
    expect(await runAndCount(email)).toBe(1);
  });
});

describe("limits", () => {
  it("refuses a fourth confirmation mail a day for one address", async () => {
    const email = "many@example.kg";
    for (let i = 0; i < alertLimits.email.limit; i++)
      await subscribeToAlerts({ email, frequency: "DAILY", query: `?page=${i}` }, newClient());
    await expect(subscribeToAlerts({ email, frequency: "DAILY", query: "" }, newClient())).rejects.toMatchObject({
      code: "rate_limited",
    });
    expect(await mailsTo(email)).toHaveLength(alertLimits.email.limit);
  });

  it("refuses an eleventh request an hour from one client", async () => {
    const client = newClient();
    for (let i = 0; i < alertLimits.client.limit; i++)
      await subscribeToAlerts({ email: `client${i}@example.kz`, frequency: "DAILY", query: "" }, client);
    await expect(
      subscribeToAlerts({ email: "client-extra@example.kz", frequency: "DAILY", query: "" }, client),
    ).rejects.toMatchObject({ code: "rate_limited" });
    expect(await prisma.alertAddress.count({ where: { email: "client-extra@example.kz" } })).toBe(0);
  });

  it("keeps at most 10 active subscriptions per address (told on confirmation, to the owner only)", async () => {
    const email = "ten@example.kg";
    const address = await prisma.alertAddress.create({ data: { email, confirmedAt: new Date() } });
    await prisma.alertSubscription.createMany({
      data: Array.from({ length: maxActiveAlerts }, (_, i) => ({
        addressId: address.id,
        locale: "ru",
        query: `?q=слово${i}`,
        frequency: "DAILY" as const,
        status: "ACTIVE" as const,
        confirmedAt: new Date(),
      })),
    });
    await subscribeToAlerts({ email, frequency: "DAILY", query: "?country=KZ" }, newClient());
    const [mail] = await mailsTo(email);
    expect((await confirmAlert(tokenIn(mail!.text, "/alerts/confirm"))).outcome).toBe("too-many");
    expect(await prisma.alertSubscription.count({ where: { addressId: address.id, status: "ACTIVE" } })).toBe(
      maxActiveAlerts,
    );
  });

  it("refuses a malformed address next to the field", async () => {
    await expect(
      subscribeToAlerts({ email: "not an address", frequency: "DAILY", query: "" }, newClient()),
    ).rejects.toMatchObject({ code: "invalid", fields: { email: ["validation.email"] } });
  });
});

describe("unsubscribe and manage", () => {
  it("ends the subscription with the one-click link; a wrong token changes nothing", async () => {
    const email = "oneclick@example.kg";
    const subscription = await confirmedSubscription(email);
    await approvedVacancy("Бухгалтер");
    await sendAlerts("IMMEDIATE");
    const [digest] = await mailsTo(email, "alert-digest");
    const header = (digest!.headers as Record<string, string>)["List-Unsubscribe"]!;
    const token = tokenIn(header, "/api/alerts/unsubscribe");
    expect(token).not.toBe("");

    await expect(unsubscribeAlert("A".repeat(43))).rejects.toMatchObject({ code: "not_found" });
    expect((await prisma.alertSubscription.findUniqueOrThrow({ where: { id: subscription.id } })).status).toBe(
      "ACTIVE",
    );

    await unsubscribeAlert(token);
    const ended = await prisma.alertSubscription.findUniqueOrThrow({ where: { id: subscription.id } });
    expect(ended.status).toBe("ENDED");
    expect((await prisma.alertAddress.findUniqueOrThrow({ where: { email } })).lastSubscriptionEndedAt).not.toBeNull();
    await approvedVacancy("Бухгалтер 2");
    await sendAlerts("IMMEDIATE");
    expect(await mailsTo(email, "alert-digest")).toHaveLength(1);
  });

  it("does not let one address's link touch another address's subscription", async () => {
    const mine = await confirmedSubscription("mine@example.kg", "?country=KG&housing=1");
    const theirs = await confirmedSubscription("theirs@example.kg", "?country=KG&housing=1");
    await prisma.vacancy.updateMany({ data: { housingProvided: true }, where: { title: "Бухгалтер 2" } });
    const confirm = await confirmAlert(
      tokenIn((await mailsTo("mine@example.kg", "alert-confirm"))[0]!.text, "/alerts/confirm"),
    );
    const token = tokenIn(confirm.manageLink!, "/alerts/manage");
    await expect(manageAlert({ operation: "end", token, subscriptionId: theirs.id })).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await prisma.alertSubscription.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("ACTIVE");
    await manageAlert({ operation: "frequency", token, subscriptionId: mine.id, frequency: "DAILY" });
    expect((await prisma.alertSubscription.findUniqueOrThrow({ where: { id: mine.id } })).frequency).toBe("DAILY");
  });
});

describe("pruning", () => {
  it("deletes an address 30 days after its last subscription ended, and expired confirmations", async () => {
    const email = "prune@example.kg";
    const subscription = await confirmedSubscription(email);
    const ended = new Date();
    await prisma.$transaction((tx) =>
      import("./end-alerts").then(({ endAlertSubscriptions }) =>
        endAlertSubscriptions(tx, subscription.addressId, "all", ended),
      ),
    );
    await pruneAlerts(new Date(ended.getTime() + 29 * day));
    expect(await prisma.alertAddress.count({ where: { email } })).toBe(1);
    await pruneAlerts(new Date(ended.getTime() + 31 * day));
    expect(await prisma.alertAddress.count({ where: { email } })).toBe(0);
    expect(await mailsTo(email)).toHaveLength(0);
    expect(await prisma.alertSubscription.count({ where: { id: subscription.id } })).toBe(0);

    await subscribeToAlerts({ email: "never@example.kg", frequency: "DAILY", query: "" }, newClient());
    await pruneAlerts(new Date(Date.now() + 6 * day));
    expect(await prisma.alertAddress.count({ where: { email: "never@example.kg" } })).toBe(1);
    await pruneAlerts(new Date(Date.now() + 8 * day));
    expect(await prisma.alertAddress.count({ where: { email: "never@example.kg" } })).toBe(0);
  });
});

describe("back office counts", () => {
  it("are for administrators only", async () => {
    const before = await prisma.alertSubscription.count();
    const { actor: employer } = await createEmployer();
    await expect(alertStatistics(null)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(alertStatistics(employer)).rejects.toMatchObject({ code: "forbidden" });
    await expect(alertStatistics(moderator)).rejects.toMatchObject({ code: "forbidden" });
    const { actor: administrator } = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const stats = await alertStatistics(administrator);
    expect(stats.mails.days7).toBe(await prisma.mailMessage.count({ where: { kind: "alert-digest" } }));
    expect(stats.subscriptions.map((row) => row.status)).toEqual(["ACTIVE", "PENDING", "ENDED"]);
    expect(await prisma.alertSubscription.count()).toBe(before);
  });
});
