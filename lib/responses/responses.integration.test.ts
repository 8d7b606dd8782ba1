import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { createVacancy } from "@/prisma/seed/factories";
import { getResponseByToken } from "./get-response-by-token";
import { listVacancyResponses } from "./list-vacancy-responses";
import { markResponse } from "./mark-response";
import { pruneResponses } from "./prune-responses";
import { submitResponse } from "./submit-response";
import { withdrawResponse } from "./withdraw-response";

const prisma = testPrisma();
let ipCounter = 0;
const context = () => ({ ip: `198.51.100.${++ipCounter}`, locale: "ru" });
const response = (vacancyId: string, phone = "+996 555 123 456") => ({
  vacancyId,
  name: "Айбек Токтогулов",
  phone,
  message: "Есть опыт 3 года, могу выйти с понедельника.",
  answerLanguage: "ky",
  consent: "on",
});
const tokenOf = (link: string) => link.split("/").at(-1)!;

beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("responses to vacancies", () => {
  it("a seeker responds without an account; the employer's people get a mail in their language; the private link shows the status", async () => {
    const owner = await createEmployer({ country: "KZ" });
    await prisma.user.update({ where: { id: owner.user.id }, data: { locale: "kk" } });
    const member = await createEmployer({ organization: owner.organization, role: "MEMBER" });
    const vacancy = await createVacancy(prisma, { organizationId: owner.organization.id, title: "Жүргізуші" });

    const { link } = await submitResponse(response(vacancy.id), context());
    expect(link).toMatch(/\/ru\/responses\/[A-Za-z0-9_-]{43}$/);
    const mails = await prisma.mailMessage.findMany({
      where: { kind: "notification:RESPONSE_RECEIVED" },
      orderBy: { to: "asc" },
    });
    expect(mails.map((m) => m.to).sort()).toEqual([owner.user.email, member.user.email].sort());
    const ownerMail = mails.find((m) => m.to === owner.user.email)!;
    expect(ownerMail.subject).toContain("өтінім"); // Kazakh, the owner's language
    expect(ownerMail.text).not.toContain("+996"); // the phone stays in the account, not in mail

    const seen = await getResponseByToken(tokenOf(link));
    expect(seen.status).toBe("NEW");
    expect(seen.vacancy.title).toBe("Жүргізуші");

    const { responses } = await listVacancyResponses(owner.actor, vacancy.id);
    expect(responses).toHaveLength(1);
    await markResponse(owner.actor, { responseId: responses[0]!.id, status: "INVITED" });
    expect((await getResponseByToken(tokenOf(link))).status).toBe("INVITED");
  });

  it("refuses a closed vacancy, one with responses off, a second response from the same phone; nothing is written", async () => {
    const { organization } = await createEmployer({ country: "KG" });
    const closed = await createVacancy(prisma, {
      organizationId: organization.id,
      status: "CLOSED",
      closedAt: new Date(),
    });
    await expect(submitResponse(response(closed.id), context())).rejects.toMatchObject({ code: "not_found" });
    const phoneOnly = await createVacancy(prisma, { organizationId: organization.id, responsesEnabled: false });
    await expect(submitResponse(response(phoneOnly.id), context())).rejects.toMatchObject({ code: "forbidden" });
    const open = await createVacancy(prisma, { organizationId: organization.id });
    const first = await submitResponse(response(open.id, "+996 700 000 001"), context());
    await expect(submitResponse(response(open.id, "+996 (700) 000-001"), context())).rejects.toMatchObject({
      code: "conflict",
      fields: { phone: ["validation.alreadyResponded"] },
    });
    expect(await prisma.response.count({ where: { vacancyId: { in: [closed.id, phoneOnly.id, open.id] } } })).toBe(1);
    // Withdrawn, the same phone may respond again.
    await withdrawResponse(tokenOf(first.link));
    await submitResponse(response(open.id, "+996 700 000 001"), context());
    expect(await prisma.response.count({ where: { vacancyId: open.id, status: "NEW" } })).toBe(1);
  });

  it("checks every field on the server, with a message key per field", async () => {
    const { organization } = await createEmployer({ country: "KZ" });
    const vacancy = await createVacancy(prisma, { organizationId: organization.id });
    await expect(
      submitResponse(
        { vacancyId: vacancy.id, name: "", phone: "555 12 34", answerLanguage: "xx", consent: "" },
        context(),
      ),
    ).rejects.toMatchObject({
      code: "invalid",
      fields: {
        name: ["validation.required"],
        phone: ["validation.phoneWithCode"],
        answerLanguage: ["validation.required"],
        consent: ["validation.consentRequired"],
      },
    });
    await expect(
      submitResponse({ ...response(vacancy.id), message: "x".repeat(1001) }, context()),
    ).rejects.toMatchObject({ fields: { message: ["validation.tooLong"] } });
  });

  it("limits responses per phone across vacancies", async () => {
    const { organization } = await createEmployer({ country: "KZ" });
    const phone = "+7 701 555 00 77";
    for (let i = 0; i < 5; i++) {
      const vacancy = await createVacancy(prisma, { organizationId: organization.id });
      await submitResponse(response(vacancy.id, phone), context());
    }
    const sixth = await createVacancy(prisma, { organizationId: organization.id });
    await expect(submitResponse(response(sixth.id, phone), context())).rejects.toMatchObject({ code: "rate_limited" });
    expect(await prisma.response.count({ where: { vacancyId: sixth.id } })).toBe(0);
  });

  it("another organisation, staff and anonymous callers see and change nothing", async () => {
    const a = await createEmployer({ country: "KZ" });
    const b = await createEmployer({ country: "KZ" });
    const staff = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const vacancy = await createVacancy(prisma, { organizationId: a.organization.id });
    await submitResponse(response(vacancy.id, "+7 702 000 00 01"), context());
    const row = await prisma.response.findFirstOrThrow({ where: { vacancyId: vacancy.id } });
    await expect(listVacancyResponses(b.actor, vacancy.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(listVacancyResponses(staff.actor, vacancy.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listVacancyResponses(null, vacancy.id)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(markResponse(b.actor, { responseId: row.id, status: "DECLINED" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(markResponse(null, { responseId: row.id, status: "DECLINED" })).rejects.toMatchObject({
      code: "unauthenticated",
    });
    expect(await prisma.response.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
    await expect(withdrawResponse("not-a-real-token-" + "x".repeat(30))).rejects.toMatchObject({ code: "not_found" });
  });

  it("deletes responses 180 days after their vacancy ended, and only then", async () => {
    const { organization } = await createEmployer({ country: "KG" });
    const day = 86_400_000;
    const now = new Date();
    const old = await createVacancy(prisma, { organizationId: organization.id });
    const recent = await createVacancy(prisma, { organizationId: organization.id });
    await submitResponse(response(old.id, "+996 701 000 010"), context());
    await submitResponse(response(recent.id, "+996 701 000 011"), context());
    await prisma.vacancy.update({
      where: { id: old.id },
      data: { status: "CLOSED", closedAt: new Date(now.getTime() - 181 * day) },
    });
    await prisma.vacancy.update({
      where: { id: recent.id },
      data: { status: "EXPIRED", expiredAt: new Date(now.getTime() - 179 * day) },
    });
    expect(await pruneResponses(now)).toBe(1);
    expect(await prisma.response.count({ where: { vacancyId: old.id } })).toBe(0);
    expect(await prisma.response.count({ where: { vacancyId: recent.id } })).toBe(1);
  });
});
