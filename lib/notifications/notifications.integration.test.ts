import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/access/actor";
import { blockOrganization } from "@/lib/moderation/block-organization";
import { decideVacancy } from "@/lib/moderation/decide-vacancy";
import { unblockOrganization } from "@/lib/moderation/unblock-organization";
import { verifyOrganization } from "@/lib/moderation/verify-organization";
import { submitResponse } from "@/lib/responses/submit-response";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { completeVacancyForm } from "@/lib/testing/vacancy-form";
import { expireVacancies } from "@/lib/vacancies/expire-vacancies";
import { notifyExpiringVacancies } from "@/lib/vacancies/notify-expiring-vacancies";
import { renewVacancy } from "@/lib/vacancies/renew-vacancy";
import { saveVacancy } from "@/lib/vacancies/save-vacancy";
import { awaitingReview, createVacancy } from "@/prisma/seed/factories";
import { countUnreadNotifications, listNotifications } from "./list-notifications";
import { markAllNotificationsRead, updateNotificationPreferences } from "./update-notifications";

const prisma = testPrisma();
const day = 86_400_000;

// One KZ organisation: the owner reads Kazakh, a member reads Russian; a moderator for KZ.
async function team() {
  const owner = await createEmployer({ country: "KZ" });
  await prisma.user.update({ where: { id: owner.user.id }, data: { locale: "kk" } });
  const member = await createEmployer({ organization: owner.organization, role: "MEMBER" });
  const staff = await createStaff("MODERATOR", ["KZ"]);
  return { owner, member, staff, organizationId: owner.organization.id };
}
type Team = Awaited<ReturnType<typeof team>>;

const mailsTo = (email: string) => prisma.mailMessage.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
const version = async (id: string) =>
  (await prisma.vacancy.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
const pendingVacancy = (t: Team, title = "Водитель погрузчика") =>
  createVacancy(prisma, {
    organizationId: t.organizationId,
    ...awaitingReview(),
    title,
  });

/** Exactly one new mail to each address since `before`, of this notification kind; returns them. */
async function expectOneMailEach(kind: string, emails: string[], since: Date) {
  const mails = await prisma.mailMessage.findMany({
    where: { kind: `notification:${kind}`, createdAt: { gte: since } },
  });
  expect(mails.map((m) => m.to).sort()).toEqual([...emails].sort());
  return Object.fromEntries(mails.map((m) => [m.to, m]));
}

beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("notifications: every decision and event reaches each member once, in their language", () => {
  let t: Team;
  beforeEach(async () => {
    t = await team();
  });

  it("approval, a request for changes (with the moderator's words) and a rejection (with the reason)", async () => {
    const approved = await pendingVacancy(t, "Кладовщик");
    const since = new Date();
    await decideVacancy(t.staff.actor, {
      decision: "approve",
      vacancyId: approved.id,
      version: await version(approved.id),
    });
    const approvedMails = await expectOneMailEach("VACANCY_APPROVED", [t.owner.user.email, t.member.user.email], since);
    expect(approvedMails[t.owner.user.email]!.subject).toBe("«Кладовщик» вакансиясы жарияланды");
    expect(approvedMails[t.member.user.email]!.subject).toBe("Вакансия «Кладовщик» опубликована");
    expect(approvedMails[t.member.user.email]!.text).toContain(`/ru/employer/vacancies/${approved.id}/edit`);
    expect(approvedMails[t.member.user.email]!.html).toContain(`lang="ru"`);

    const returned = await pendingVacancy(t, "Швея");
    await decideVacancy(t.staff.actor, {
      decision: "changes",
      vacancyId: returned.id,
      version: await version(returned.id),
      message: "Укажите, кто оплачивает проезд до Алматы.",
      sections: ["CONDITIONS", "PAY", "CONDITIONS"],
    });
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: returned.id } })).requestSections).toEqual([
      "CONDITIONS",
      "PAY",
    ]);
    const returnedMails = await expectOneMailEach(
      "VACANCY_CHANGES_REQUESTED",
      [t.owner.user.email, t.member.user.email],
      since,
    );
    expect(returnedMails[t.owner.user.email]!.text).toContain("> Укажите, кто оплачивает проезд до Алматы.");
    expect(returnedMails[t.owner.user.email]!.text).toContain("Модератор не сұрайды:");
    expect(returnedMails[t.member.user.email]!.text).toContain(
      "Разделы, которых касается просьба: Жильё, питание и расходы, Оплата.",
    );

    const rejected = await pendingVacancy(t, "Сборщик <b>ягод</b>");
    await decideVacancy(t.staff.actor, {
      decision: "reject",
      vacancyId: rejected.id,
      version: await version(rejected.id),
      code: "FEE_ASKED",
      message: "Работника просят оплатить медкомиссию.",
    });
    const rejectedMails = await expectOneMailEach("VACANCY_REJECTED", [t.owner.user.email, t.member.user.email], since);
    const ru = rejectedMails[t.member.user.email]!;
    expect(ru.text).toContain("Причина:");
    expect(ru.text).toContain("Работника просят оплатить медкомиссию.");
    // A title written by the employer is text, never markup, in the HTML part.
    expect(ru.html).toContain("Сборщик &lt;b&gt;ягод&lt;/b&gt;");
    expect(ru.html).not.toContain("<b>ягод</b>");

    const ownerList = await listNotifications(t.owner.actor, {});
    expect(ownerList.items.map((n) => n.kind)).toEqual([
      "VACANCY_REJECTED",
      "VACANCY_CHANGES_REQUESTED",
      "VACANCY_APPROVED",
    ]);
    expect(ownerList.unread).toBe(3);
  });

  it("an edit of a published vacancy: approved, or not accepted with the reason", async () => {
    const published = await createVacancy(prisma, { organizationId: t.organizationId, title: "Повар" });
    await saveVacancy(t.owner.actor, {
      vacancyId: published.id,
      intent: "submit",
      input: completeVacancyForm({ title: "Повар-кондитер" }),
    });
    const since = new Date();
    await decideVacancy(t.staff.actor, {
      decision: "reject",
      vacancyId: published.id,
      version: await version(published.id),
      code: "MISLEADING",
      message: "Зарплата в тексте и в поле не совпадают.",
    });
    const mails = await expectOneMailEach("REVISION_REJECTED", [t.owner.user.email, t.member.user.email], since);
    expect(mails[t.member.user.email]!.subject).toBe("Изменения вакансии «Повар-кондитер» не приняты");

    await saveVacancy(t.owner.actor, {
      vacancyId: published.id,
      intent: "submit",
      input: completeVacancyForm({ title: "Повар-кондитер" }),
    });
    await decideVacancy(t.staff.actor, {
      decision: "approve",
      vacancyId: published.id,
      version: await version(published.id),
    });
    await expectOneMailEach("REVISION_APPROVED", [t.owner.user.email, t.member.user.email], since);
  });

  it("the organisation verified, blocked (with the reason) and unblocked", async () => {
    const since = new Date();
    await verifyOrganization(t.staff.actor, {
      organizationId: t.organizationId,
      note: "Сверено с реестром stat.gov.kz",
    });
    await expectOneMailEach("ORGANIZATION_VERIFIED", [t.owner.user.email, t.member.user.email], since);
    await blockOrganization(t.staff.actor, {
      organizationId: t.organizationId,
      reason: "Вакансии с оплатой за трудоустройство.",
      confirm: true,
    });
    const blocked = await expectOneMailEach("ORGANIZATION_BLOCKED", [t.owner.user.email, t.member.user.email], since);
    expect(blocked[t.member.user.email]!.text).toContain("> Вакансии с оплатой за трудоустройство.");
    expect(blocked[t.member.user.email]!.text).toContain("службу занятости");
    await unblockOrganization(t.staff.actor, { organizationId: t.organizationId });
    await expectOneMailEach("ORGANIZATION_UNBLOCKED", [t.owner.user.email, t.member.user.email], since);
  });

  it("a seeker's response", async () => {
    const vacancy = await createVacancy(prisma, { organizationId: t.organizationId, title: "Жүргізуші" });
    const since = new Date();
    await submitResponse(
      { vacancyId: vacancy.id, name: "Айбек", phone: "+996 555 987 654", answerLanguage: "ky", consent: "on" },
      { ip: "198.51.100.77", locale: "ky" },
    );
    const mails = await expectOneMailEach("RESPONSE_RECEIVED", [t.owner.user.email, t.member.user.email], since);
    expect(mails[t.owner.user.email]!.subject).toBe("«Жүргізуші» вакансиясына жаңа өтінім");
    expect(mails[t.owner.user.email]!.text).toContain(`/kk/employer/vacancies/${vacancy.id}/responses`);
  });

  it("3 days before the end, once per end date however often the job runs; again after an extension; then expired", async () => {
    const now = new Date();
    const ending = await createVacancy(prisma, {
      organizationId: t.organizationId,
      title: "Продавец",
      validThrough: new Date(now.getTime() + 2 * day),
    });
    const later = await createVacancy(prisma, {
      organizationId: t.organizationId,
      title: "Пекарь",
      validThrough: new Date(now.getTime() + 20 * day),
    });
    const since = new Date();
    await Promise.all([notifyExpiringVacancies(now), notifyExpiringVacancies(now)]);
    await notifyExpiringVacancies(now);
    const mails = await expectOneMailEach("VACANCY_EXPIRING", [t.owner.user.email, t.member.user.email], since);
    expect(mails[t.member.user.email]!.subject).toMatch(/^Вакансия «Продавец» будет снята \d+ [а-я]+ \d{4} г\.$/);
    expect(await prisma.notification.count({ where: { vacancyId: later.id } })).toBe(0);

    // Extended: a reminder before the new end, not before.
    const renewedTo = new Date(now.getTime() + 10 * day).toISOString().slice(0, 10);
    await renewVacancy(t.owner.actor, ending.id, { validThrough: renewedTo });
    await notifyExpiringVacancies(now);
    await notifyExpiringVacancies(new Date(now.getTime() + 8 * day));
    await notifyExpiringVacancies(new Date(now.getTime() + 8 * day));
    expect(await prisma.notification.count({ where: { vacancyId: ending.id, kind: "VACANCY_EXPIRING" } })).toBe(4);

    const expiredSince = new Date();
    await expireVacancies(new Date(now.getTime() + 11 * day));
    await expireVacancies(new Date(now.getTime() + 11 * day));
    const expired = await prisma.mailMessage.findMany({
      where: { kind: "notification:VACANCY_EXPIRED", createdAt: { gte: expiredSince } },
    });
    // Both vacancies ended by then (the second one on day 20 is still running: only "Продавец").
    expect(expired.map((m) => m.to).sort()).toEqual([t.owner.user.email, t.member.user.email].sort());
  });
});

describe("e-mail settings", () => {
  it("a member who turned a topic off gets no e-mail of it but still sees it listed; the owner always gets decisions", async () => {
    const t = await team();
    await updateNotificationPreferences(t.member.actor, { emailDecisions: "on", mailLocale: "en" });
    await updateNotificationPreferences(t.owner.actor, { mailLocale: "kk" }); // tries to turn everything off
    const owner = await prisma.membership.findFirstOrThrow({ where: { userId: t.owner.user.id } });
    expect(owner.emailOptOuts.sort()).toEqual(["EXPIRY", "RESPONSES"]);

    const vacancy = await createVacancy(prisma, {
      organizationId: t.organizationId,
      title: "Грузчик",
      validThrough: new Date(Date.now() + day),
    });
    await notifyExpiringVacancies();
    await submitResponse(
      { vacancyId: vacancy.id, name: "Нурлан", phone: "+7 701 555 44 33", answerLanguage: "ru", consent: "on" },
      { ip: "198.51.100.78", locale: "ru" },
    );
    const pending = await pendingVacancy(t, "Electrician");
    await decideVacancy(t.staff.actor, {
      decision: "approve",
      vacancyId: pending.id,
      version: await version(pending.id),
    });

    expect((await mailsTo(t.member.user.email)).map((m) => m.kind)).toEqual(["notification:VACANCY_APPROVED"]);
    expect((await mailsTo(t.member.user.email))[0]!.subject).toBe("“Electrician” is published");
    expect((await mailsTo(t.owner.user.email)).map((m) => m.kind)).toEqual(["notification:VACANCY_APPROVED"]);
    const memberList = await listNotifications(t.member.actor, {});
    expect(memberList.items.map((n) => n.kind).sort()).toEqual(
      ["RESPONSE_RECEIVED", "VACANCY_APPROVED", "VACANCY_EXPIRING"].sort(),
    );
  });

  it("an owner's row that says 'no decisions' (written before, or by hand) does not silence them", async () => {
    const t = await team();
    await prisma.membership.updateMany({ where: { userId: t.owner.user.id }, data: { emailOptOuts: ["DECISIONS"] } });
    const pending = await pendingVacancy(t);
    const since = new Date();
    await decideVacancy(t.staff.actor, {
      decision: "approve",
      vacancyId: pending.id,
      version: await version(pending.id),
    });
    await expectOneMailEach("VACANCY_APPROVED", [t.owner.user.email, t.member.user.email], since);
  });
});

describe("notifications are private to each member", () => {
  it("a member marks only their own as read; another organisation's people see none; a removed session sees nothing", async () => {
    const t = await team();
    const other = await createEmployer({ country: "KG" });
    const pending = await pendingVacancy(t);
    await decideVacancy(t.staff.actor, {
      decision: "approve",
      vacancyId: pending.id,
      version: await version(pending.id),
    });

    expect((await listNotifications(other.actor, {})).items).toEqual([]);
    expect(await markAllNotificationsRead(other.actor)).toBe(0);
    expect(await countUnreadNotifications(t.owner.actor)).toBe(1);

    expect(await markAllNotificationsRead(t.member.actor)).toBe(1);
    expect(await countUnreadNotifications(t.member.actor)).toBe(0);
    expect(await countUnreadNotifications(t.owner.actor)).toBe(1);
    // Paging with someone else's notification id shows nothing of theirs.
    const ownersId = (await listNotifications(t.owner.actor, {})).items[0]!.id;
    const viaForeignCursor = await listNotifications(other.actor, { before: ownersId });
    expect(viaForeignCursor.items).toEqual([]);

    await expect(listNotifications(null, {})).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(markAllNotificationsRead(t.staff.actor)).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateNotificationPreferences(null, { mailLocale: "ru" })).rejects.toMatchObject({
      code: "unauthenticated",
    });
    const disabled = await prisma.user.update({ where: { id: t.member.user.id }, data: { disabledAt: new Date() } });
    expect(await loadActor(disabled.id, disabled.sessionVersion)).toBeNull();
  });
});
