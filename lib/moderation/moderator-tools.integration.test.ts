import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { createOrganization, createVacancy } from "@/prisma/seed/factories";
import { closeReportCase } from "@/lib/reports/close-report-case";
import { findReceiptStatus } from "@/lib/reports/find-receipt-status";
import { listReportCases } from "@/lib/reports/list-report-cases";
import { openReportCase } from "@/lib/reports/open-report-case";
import { submitReport } from "@/lib/reports/submit-report";
import { takeReportCase } from "@/lib/reports/take-report-case";
import { blockOrganization } from "./block-organization";
import { decideVacancy } from "./decide-vacancy";
import { listEmployers } from "./list-employers";
import { loadModerationDashboard } from "./load-moderation-dashboard";
import { openEmployer } from "./open-employer";
import { openReview } from "./open-review";
import { verifyOrganization } from "./verify-organization";

const prisma = testPrisma();
type Staff = Awaited<ReturnType<typeof createStaff>>["actor"];
const version = async (id: string) =>
  (await prisma.vacancy.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
const place = (country: "KG" | "KZ") => ({
  countryCode: country,
  regionCode: country === "KZ" ? "KZ-75" : "KG-GB",
  salaryCurrency: country === "KZ" ? ("KZT" as const) : ("KGS" as const),
});
let addressCounter = 0;
/** A report from a new address in a new network each time (the per-address limits stay out of the way). */
const reportFrom = (vacancyId: string, reason = "FALSE_INFORMATION") => {
  addressCounter += 1;
  return submitReport({ vacancyId, reason, message: "Условия не совпадают" }, { ip: `10.${addressCounter}.7.1` });
};
/** Everything a refused call must leave as it was: the vacancy, its employer and its reports. */
const snapshot = async (vacancyId: string) =>
  prisma.vacancy.findUniqueOrThrow({
    where: { id: vacancyId },
    include: { organization: true, reports: { orderBy: { id: "asc" } } },
  });

beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("jurisdiction matrix of the moderators' tools: own country works, the other one is not found and unchanged", () => {
  const roles = [
    ["moderator for KG", () => createStaff("MODERATOR", ["KG"])],
    ["moderator for KZ", () => createStaff("MODERATOR", ["KZ"])],
    ["administrator for KG", () => createStaff("ADMINISTRATOR", ["KG"])],
  ] as const;
  /** A published vacancy with one open report, in the given country. */
  const reported = async (country: "KG" | "KZ") => {
    const organization = await createOrganization(prisma, { countryCode: country });
    const vacancy = await createVacancy(prisma, { organizationId: organization.id, ...place(country) });
    await reportFrom(vacancy.id);
    return vacancy;
  };
  const actions: Record<string, (actor: Staff, vacancyId: string) => Promise<unknown>> = {
    "open the employer": async (actor, id) =>
      openEmployer(actor, (await prisma.vacancy.findUniqueOrThrow({ where: { id } })).organizationId),
    "find the employer by its number": async (actor, id) => {
      const { organization } = await prisma.vacancy.findUniqueOrThrow({
        where: { id },
        include: { organization: true },
      });
      const found = await listEmployers(actor, { q: organization.registryNumber });
      if (!found.employers.some((row) => row.id === organization.id))
        throw Object.assign(new Error("not listed"), { code: "not_found" });
    },
    "close the published vacancy": async (actor, id) =>
      decideVacancy(actor, {
        decision: "close",
        vacancyId: id,
        version: await version(id),
        code: "MISLEADING",
        message: "Условия в тексте не совпадают с договором.",
      }),
    "open the report case": (actor, id) => openReportCase(actor, id),
    "take the report case": (actor, id) => takeReportCase(actor, { vacancyId: id }),
    "close the report case": (actor, id) =>
      closeReportCase(actor, { vacancyId: id, outcome: "DISMISSED", note: "Условия подтверждены договором." }),
    "see the case in the list": async (actor, id) => {
      const { cases } = await listReportCases(actor);
      if (!cases.some((item) => item.vacancy.id === id))
        throw Object.assign(new Error("not listed"), { code: "not_found" });
    },
  };
  for (const [roleName, makeStaff] of roles) {
    for (const [actionName, act] of Object.entries(actions)) {
      for (const country of ["KG", "KZ"] as const) {
        it(`${roleName} → ${actionName} → ${country}`, async () => {
          const { actor } = await makeStaff();
          const vacancy = await reported(country);
          if (actor.jurisdictions.includes(country)) {
            await act(actor, vacancy.id);
            return;
          }
          const before = await snapshot(vacancy.id);
          await expect(act(actor, vacancy.id)).rejects.toMatchObject({ code: "not_found" });
          expect(await snapshot(vacancy.id)).toEqual(before);
        });
      }
    }
  }

  it("refuses employers and anonymous callers, changing nothing", async () => {
    const vacancy = await reported("KZ");
    const employer = await createEmployer({ country: "KZ" });
    const before = await snapshot(vacancy.id);
    for (const actor of [employer.actor, null]) {
      const code = actor ? "forbidden" : "unauthenticated";
      await expect(listEmployers(actor)).rejects.toMatchObject({ code });
      await expect(openEmployer(actor, vacancy.organizationId)).rejects.toMatchObject({ code });
      await expect(takeReportCase(actor, { vacancyId: vacancy.id })).rejects.toMatchObject({ code });
      await expect(
        closeReportCase(actor, { vacancyId: vacancy.id, outcome: "DISMISSED", note: "Проверено, всё в порядке." }),
      ).rejects.toMatchObject({ code });
      await expect(loadModerationDashboard(actor)).rejects.toMatchObject({ code });
    }
    expect(await snapshot(vacancy.id)).toEqual(before);
  });
});

describe("decisions fit the vacancy's state", () => {
  it("a published vacancy can be closed with a reason (the employer is told) or returned, never 'approved'", async () => {
    const { actor: moderator } = await createStaff("MODERATOR", ["KZ"]);
    const { organization, user } = await createEmployer({ country: "KZ" });
    const vacancy = await createVacancy(prisma, { organizationId: organization.id, ...place("KZ") });
    await expect(
      decideVacancy(moderator, { decision: "approve", vacancyId: vacancy.id, version: await version(vacancy.id) }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      decideVacancy(moderator, {
        decision: "reject",
        vacancyId: vacancy.id,
        version: await version(vacancy.id),
        code: "OTHER",
        message: "Отклонить опубликованную нельзя, только снять.",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).status).toBe("PUBLISHED");
    expect((await openReview(moderator, vacancy.id)).decisions).toEqual(["changes", "close"]);

    await decideVacancy(moderator, {
      decision: "close",
      vacancyId: vacancy.id,
      version: await version(vacancy.id),
      code: "FEE_ASKED",
      message: "С работников берут плату за форму.",
    });
    expect(await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).toMatchObject({
      status: "CLOSED",
      rejectionCode: "FEE_ASKED",
      rejectionReason: "С работников берут плату за форму.",
    });
    expect(await prisma.vacancySearch.findUnique({ where: { vacancyId: vacancy.id } })).toBeNull();
    expect(await prisma.notification.count({ where: { userId: user.id, kind: "VACANCY_CLOSED_BY_MODERATOR" } })).toBe(
      1,
    );
    // Closed: history only; any decision is refused.
    expect((await openReview(moderator, vacancy.id)).decisions).toEqual([]);
    await expect(
      decideVacancy(moderator, {
        decision: "changes",
        vacancyId: vacancy.id,
        version: await version(vacancy.id),
        message: "Исправьте условия оплаты, пожалуйста.",
        sections: [],
      }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("the review shows the vacancy as seekers will see it, its history with names, and the risk as things stand now", async () => {
    const { actor: moderator, user } = await createStaff("MODERATOR", ["KZ"]);
    const organization = await createOrganization(prisma, {
      countryCode: "KZ",
      verificationState: "UNVERIFIED",
      verifiedAt: null,
    });
    const vacancy = await createVacancy(prisma, {
      organizationId: organization.id,
      ...place("KZ"),
      status: "PENDING_REVIEW",
      publishedAt: null,
      submittedAt: new Date(),
      description:
        "Повар в столовую бизнес-центра. Готовим обеды по технологическим картам, смена с 8 до 17, форма за счёт работодателя.",
      schedule: "5/2, с 9 до 18",
      contactName: "Айгуль",
      contactEmail: "hr@example.test",
      address: "ул. Абая, 10",
    });
    const before = await openReview(moderator, vacancy.id);
    expect(before.view).toMatchObject({ complete: true });
    if (!before.view.complete) return;
    expect(before.view.vacancy).toMatchObject({
      schedule: "5/2, с 9 до 18",
      contactName: "Айгуль",
      address: "ул. Абая, 10",
    });
    expect(before.risk.reasons.map((reason) => reason.category)).toContain("UNVERIFIED_EMPLOYER");
    expect(before.decisions).toEqual(["approve", "changes", "reject"]);

    await verifyOrganization(moderator, { organizationId: organization.id, note: "БИН сверен на egov.kz" });
    await decideVacancy(moderator, {
      decision: "changes",
      vacancyId: vacancy.id,
      version: await version(vacancy.id),
      message: "Уточните график и адрес общежития.",
      sections: ["TERMS"],
    });
    await prisma.vacancy.update({ where: { id: vacancy.id }, data: { status: "PENDING_REVIEW" } });
    const after = await openReview(moderator, vacancy.id);
    expect(after.risk.reasons.map((reason) => reason.category)).not.toContain("UNVERIFIED_EMPLOYER");
    expect(after.history[0]).toMatchObject({ action: "vacancy.changes_requested", actorName: user.name });
  });
});

describe("report cases", () => {
  it("groups reports per vacancy, records who took the case, needs a true outcome to close, and the receipt shows it", async () => {
    const { actor: moderator, user } = await createStaff("MODERATOR", ["KG"]);
    const organization = await createOrganization(prisma, { countryCode: "KG" });
    const vacancy = await createVacancy(prisma, { organizationId: organization.id, ...place("KG") });
    const receipts = [
      (await reportFrom(vacancy.id, "ASKS_FOR_MONEY")).receipt,
      (await reportFrom(vacancy.id, "ASKS_FOR_MONEY")).receipt,
      (await reportFrom(vacancy.id, "OTHER")).receipt,
    ];
    const ip = { ip: "192.0.2.77" };
    expect(await findReceiptStatus({ receipt: receipts[0] }, ip)).toMatchObject({ stage: "received", closedAt: null });
    expect(await findReceiptStatus({ receipt: " r-aaaaaaa " }, ip)).toBeNull();
    await expect(findReceiptStatus({ receipt: "R-1" }, ip)).rejects.toMatchObject({
      code: "invalid",
      fields: { receipt: ["validation.receipt"] },
    });

    const listed = (await listReportCases(moderator)).cases.find((item) => item.vacancy.id === vacancy.id)!;
    expect(listed).toMatchObject({ count: 3, reasons: { ASKS_FOR_MONEY: 2, OTHER: 1 }, assignee: null });

    await takeReportCase(moderator, { vacancyId: vacancy.id });
    expect((await openReportCase(moderator, vacancy.id)).assignee).toMatchObject({ id: user.id, name: user.name });
    expect(await findReceiptStatus({ receipt: receipts[1] }, ip)).toMatchObject({ stage: "in_progress" });

    // "Vacancy closed" while it is still public is not the truth: refused next to the field, nothing changes.
    const upheld = {
      vacancyId: vacancy.id,
      outcome: "VACANCY_CLOSED",
      note: "Подтвердилось: просят деньги за оформление.",
    };
    await expect(closeReportCase(moderator, upheld)).rejects.toMatchObject({
      code: "invalid",
      fields: { outcome: ["validation.reportOutcomeNotDone"] },
    });
    await expect(closeReportCase(moderator, { vacancyId: vacancy.id, note: "Без итога" })).rejects.toMatchObject({
      fields: { outcome: ["validation.reportOutcomeRequired"] },
    });
    expect(await prisma.report.count({ where: { vacancyId: vacancy.id, status: "IN_PROGRESS" } })).toBe(3);

    await decideVacancy(moderator, {
      decision: "close",
      vacancyId: vacancy.id,
      version: await version(vacancy.id),
      code: "FEE_ASKED",
      message: "С работников берут плату за оформление.",
    });
    expect(await closeReportCase(moderator, upheld)).toEqual({ closed: 3 });
    const status = await findReceiptStatus({ receipt: receipts[2] }, ip);
    expect(status).toMatchObject({ stage: "upheld" });
    expect(status?.closedAt).toBeInstanceOf(Date);
    // Closed cases live in the archive with their outcome, filterable.
    expect((await listReportCases(moderator)).cases.some((item) => item.vacancy.id === vacancy.id)).toBe(false);
    const archive = await listReportCases(moderator, { state: "closed", outcome: "VACANCY_CLOSED" });
    expect(archive.cases.find((item) => item.vacancy.id === vacancy.id)).toMatchObject({
      outcome: "VACANCY_CLOSED",
      handler: user.name,
    });
  });

  it("limits receipt lookups per address", async () => {
    const ip = { ip: "198.51.100.200" };
    for (let i = 0; i < 30; i += 1) await findReceiptStatus({ receipt: "R-BBBBBBB" }, ip);
    await expect(findReceiptStatus({ receipt: "R-BBBBBBB" }, ip)).rejects.toMatchObject({ code: "rate_limited" });
  });
});

describe("employers registry and dashboard", () => {
  it("finds employers by BIN prefix or name within the staff member's countries, with filters and counts", async () => {
    const { actor: kz } = await createStaff("MODERATOR", ["KZ"]);
    const company = await createOrganization(prisma, { countryCode: "KZ", legalName: "ТОО «Степной ветер»" });
    const kg = await createOrganization(prisma, { countryCode: "KG", legalName: "ОсОО «Степной ветер»" });
    await createVacancy(prisma, { organizationId: company.id, ...place("KZ") });
    const byNumber = await listEmployers(kz, { q: company.registryNumber.slice(0, 8) });
    expect(byNumber.employers.map((row) => row.id)).toContain(company.id);
    const byName = await listEmployers(kz, { q: "степной" });
    expect(byName.employers.map((row) => row.id)).toEqual([company.id]);
    expect(byName.employers[0]).toMatchObject({ published: 1, openReports: 0 });
    expect((await listEmployers(kz, { q: kg.registryNumber })).employers).toEqual([]);
    await blockOrganization(kz, {
      organizationId: company.id,
      reason: "Плата за трудоустройство подтверждена.",
      confirm: "on",
    });
    expect((await listEmployers(kz, { q: "степной", blocked: "yes" })).employers.map((row) => row.id)).toEqual([
      company.id,
    ]);
    expect((await listEmployers(kz, { q: "степной", blocked: "no" })).employers).toEqual([]);
    const page = await openEmployer(kz, company.id);
    expect(page.history.map((entry) => entry.action)).toContain("organization.blocked");
    expect(page.vacancies).toHaveLength(1);
  });

  it("the dashboard counts what waits in the moderator's countries only, and today's decisions", async () => {
    const { actor: kg } = await createStaff("MODERATOR", ["KG"]);
    const waiting = async (country: "KG" | "KZ") => {
      const organization = await createOrganization(prisma, { countryCode: country });
      return createVacancy(prisma, {
        organizationId: organization.id,
        ...place(country),
        status: "PENDING_REVIEW",
        publishedAt: null,
        submittedAt: new Date(Date.now() - 3 * 3600_000),
        riskLevel: "HIGH",
      });
    };
    const before = await loadModerationDashboard(kg);
    const own = await waiting("KG");
    await waiting("KZ");
    const after = await loadModerationDashboard(kg);
    expect(after.countries).toEqual(["KG"]);
    expect(after.waiting.KG.HIGH).toBe(before.waiting.KG.HIGH + 1);
    expect(after.oldestWaitingSince!.getTime()).toBeLessThanOrEqual(Date.now() - 3 * 3600_000 + 1000);
    await decideVacancy(kg, { decision: "approve", vacancyId: own.id, version: await version(own.id) });
    const decided = await loadModerationDashboard(kg);
    expect(decided.decisionsToday).toBe(before.decisionsToday + 1);
    expect(decided.myDecisionsToday).toBe(1);
  });
});
