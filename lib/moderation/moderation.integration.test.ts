import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { getPublishedVacancy } from "@/lib/vacancies/get-published-vacancy";
import { saveVacancy } from "@/lib/vacancies/save-vacancy";
import { completeVacancyForm } from "@/lib/testing/vacancy-form";
import { awaitingReview, createVacancy } from "@/prisma/seed/factories";
import { decideVacancy } from "./decide-vacancy";
import { listReviewQueue } from "./list-review-queue";
import { openReview } from "./open-review";
import { blockOrganization } from "@/lib/moderation/block-organization";
import { verifyOrganization } from "@/lib/moderation/verify-organization";

const prisma = testPrisma();
const pending = async (country: "KG" | "KZ") => {
  const { organization } = await createEmployer({ country });
  return createVacancy(prisma, {
    organizationId: organization.id,
    countryCode: country,
    ...awaitingReview(),
    title: `Ожидает проверки ${country}`,
  });
};
const version = async (id: string) =>
  (await prisma.vacancy.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();

beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("jurisdiction matrix: each role × each staff action × own and other country", () => {
  const roles = [
    ["moderator for KG", () => createStaff("MODERATOR", ["KG"])],
    ["moderator for KZ", () => createStaff("MODERATOR", ["KZ"])],
    ["moderator for both", () => createStaff("MODERATOR", ["KG", "KZ"])],
    ["administrator for KG", () => createStaff("ADMINISTRATOR", ["KG"])],
  ] as const;
  const actions = {
    "see in queue": async (actor: Awaited<ReturnType<typeof createStaff>>["actor"], id: string) => {
      const queue = await listReviewQueue(actor);
      if (!queue.some((item) => item.id === id)) throw Object.assign(new Error("not in queue"), { code: "not_found" });
    },
    "open for review": (actor: Awaited<ReturnType<typeof createStaff>>["actor"], id: string) => openReview(actor, id),
    approve: async (actor: Awaited<ReturnType<typeof createStaff>>["actor"], id: string) =>
      decideVacancy(actor, { decision: "approve", vacancyId: id, version: await version(id) }),
    reject: async (actor: Awaited<ReturnType<typeof createStaff>>["actor"], id: string) =>
      decideVacancy(actor, {
        decision: "reject",
        vacancyId: id,
        version: await version(id),
        code: "FEE_ASKED",
        message: "Работника просят оплатить медкомиссию.",
      }),
    "request changes": async (actor: Awaited<ReturnType<typeof createStaff>>["actor"], id: string) =>
      decideVacancy(actor, {
        decision: "changes",
        vacancyId: id,
        version: await version(id),
        message: "Укажите график работы подробнее.",
      }),
    "verify the employer": async (actor: Awaited<ReturnType<typeof createStaff>>["actor"], id: string) =>
      verifyOrganization(actor, {
        organizationId: (await prisma.vacancy.findUniqueOrThrow({ where: { id } })).organizationId,
        note: "Сверено с реестром",
      }),
    "block the employer": async (actor: Awaited<ReturnType<typeof createStaff>>["actor"], id: string) =>
      blockOrganization(actor, {
        organizationId: (await prisma.vacancy.findUniqueOrThrow({ where: { id } })).organizationId,
        reason: "Проверка матрицы полномочий",
        confirm: "on",
      }),
  };

  for (const [roleName, makeStaff] of roles) {
    for (const [actionName, act] of Object.entries(actions)) {
      for (const country of ["KG", "KZ"] as const) {
        it(`${roleName} → ${actionName} → a ${country} vacancy`, async () => {
          const { actor } = await makeStaff();
          const vacancy = await pending(country);
          const allowed = actor.jurisdictions.includes(country);
          if (allowed) {
            await act(actor, vacancy.id);
          } else {
            const before = await prisma.vacancy.findUniqueOrThrow({
              where: { id: vacancy.id },
              include: { organization: true },
            });
            await expect(act(actor, vacancy.id)).rejects.toMatchObject({ code: "not_found" });
            expect(
              await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id }, include: { organization: true } }),
            ).toEqual(before);
          }
        });
      }
    }
  }

  it("refuses employers and anonymous callers on every staff action", async () => {
    const employer = await createEmployer({ country: "KZ" });
    const vacancy = await pending("KZ");
    for (const actor of [employer.actor, null]) {
      await expect(listReviewQueue(actor)).rejects.toMatchObject({ code: actor ? "forbidden" : "unauthenticated" });
      await expect(openReview(actor, vacancy.id)).rejects.toMatchObject({
        code: actor ? "forbidden" : "unauthenticated",
      });
      await expect(
        decideVacancy(actor, { decision: "approve", vacancyId: vacancy.id, version: await version(vacancy.id) }),
      ).rejects.toMatchObject({ code: actor ? "forbidden" : "unauthenticated" });
    }
    expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).status).toBe("PENDING_REVIEW");
  });
});

describe("decisions", () => {
  it("approving publishes the vacancy and makes it searchable; rejecting records the code and the reason", async () => {
    const { actor } = await createStaff("MODERATOR", ["KZ"]);
    const a = await pending("KZ");
    expect(await decideVacancy(actor, { decision: "approve", vacancyId: a.id, version: await version(a.id) })).toEqual({
      outcome: "published",
    });
    expect((await getPublishedVacancy(a.id)).status).toBe("PUBLISHED");
    expect(await prisma.vacancySearch.findUnique({ where: { vacancyId: a.id } })).not.toBeNull();
    expect(
      await prisma.auditLog.count({ where: { entityId: a.id, action: "vacancy.approved", actorId: actor.userId } }),
    ).toBe(1);

    const b = await pending("KZ");
    await expect(
      decideVacancy(actor, {
        decision: "reject",
        vacancyId: b.id,
        version: await version(b.id),
        code: "FEE_ASKED",
        message: "коротко",
      }),
    ).rejects.toMatchObject({
      fields: { message: ["validation.reasonTooShort"] },
    });
    await decideVacancy(actor, {
      decision: "reject",
      vacancyId: b.id,
      version: await version(b.id),
      code: "FEE_ASKED",
      message: "Работника просят оплатить форму.",
    });
    expect(await prisma.vacancy.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({
      status: "REJECTED",
      rejectionCode: "FEE_ASKED",
      rejectionReason: "Работника просят оплатить форму.",
    });
  });

  it("a vacancy resubmitted after a request reaches the queue as revised, with the request; approval clears it", async () => {
    const { actor: moderator } = await createStaff("MODERATOR", ["KZ"]);
    const { organization, actor: employer } = await createEmployer({ country: "KZ" });
    const vacancy = await createVacancy(prisma, {
      organizationId: organization.id,
      countryCode: "KZ",
      ...awaitingReview(),
    });
    await decideVacancy(moderator, {
      decision: "changes",
      vacancyId: vacancy.id,
      version: await version(vacancy.id),
      message: "Укажите график работы подробнее.",
      sections: ["TERMS"],
    });
    expect(await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).toMatchObject({
      status: "DRAFT",
      rejectionReason: "Укажите график работы подробнее.",
      requestSections: ["TERMS"],
    });
    await saveVacancy(employer, {
      vacancyId: vacancy.id,
      intent: "submit",
      input: completeVacancyForm({ schedule: "5/2, с 9:00 до 18:00" }),
    });
    const item = (await listReviewQueue(moderator)).find((entry) => entry.id === vacancy.id);
    expect(item).toMatchObject({ kind: "resubmitted", request: "Укажите график работы подробнее." });
    await decideVacancy(moderator, { decision: "approve", vacancyId: vacancy.id, version: await version(vacancy.id) });
    expect(await prisma.vacancy.findUniqueOrThrow({ where: { id: vacancy.id } })).toMatchObject({
      status: "PUBLISHED",
      rejectionReason: null,
      requestSections: [],
    });
  });

  it("approves a revision: the published vacancy takes the new text", async () => {
    const employer = await createEmployer({ country: "KZ" });
    const { actor } = await createStaff("MODERATOR", ["KZ"]);
    const published = await createVacancy(prisma, { organizationId: employer.organization.id, title: "Повар" });
    const form = {
      title: "Повар-универсал",
      description:
        "Приготовление блюд по технологическим картам, заготовки, соблюдение санитарных норм. Официальное оформление.",
      language: "ru",
      occupationCode: "5120",
      sector: "SERVICES",
      countryCode: "KZ",
      regionCode: "KZ-75",
      salaryMin: "250000",
      salaryMax: "300000",
      salaryCurrency: "KZT",
      salaryPeriod: "MONTH",
      employmentType: "FULL_TIME",
      contractType: "EMPLOYMENT_PERMANENT",
      experience: "NONE",
      education: "NONE",
      positions: "1",
      travelPaidBy: "NOT_APPLICABLE",
      housingPaidBy: "NOT_APPLICABLE",
      documentsPaidBy: "EMPLOYER",
      noFeeConfirmed: "on",
      contactPhone: "+7 701 000 00 01",
      validThrough: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
    };
    await saveVacancy(employer.actor, { vacancyId: published.id, intent: "submit", input: form });
    expect((await listReviewQueue(actor)).find((item) => item.id === published.id)?.kind).toBe("revision");
    expect(
      await decideVacancy(actor, {
        decision: "approve",
        vacancyId: published.id,
        version: await version(published.id),
      }),
    ).toEqual({ outcome: "revision_approved" });
    expect((await getPublishedVacancy(published.id)).title).toBe("Повар-универсал");
    expect((await prisma.vacancyRevision.findFirstOrThrow({ where: { vacancyId: published.id } })).status).toBe(
      "APPROVED",
    );
  });
});

describe("two moderators, one item", () => {
  it("lets only one of two simultaneous decisions land; the other is refused as stale", async () => {
    const first = await createStaff("MODERATOR", ["KG"]);
    const second = await createStaff("MODERATOR", ["KG"]);
    const vacancy = await pending("KG");
    const seen = await version(vacancy.id);
    const results = await Promise.allSettled([
      decideVacancy(first.actor, { decision: "approve", vacancyId: vacancy.id, version: seen }),
      decideVacancy(second.actor, {
        decision: "reject",
        vacancyId: vacancy.id,
        version: seen,
        code: "MISLEADING",
        message: "Зарплата не соответствует описанию.",
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "conflict" });
    expect(
      await prisma.auditLog.count({
        where: { entityId: vacancy.id, action: { in: ["vacancy.approved", "vacancy.rejected"] } },
      }),
    ).toBe(1);
  });

  it("shows who holds the claim and refuses the other moderator's decision while it is fresh", async () => {
    const first = await createStaff("MODERATOR", ["KZ"]);
    const second = await createStaff("MODERATOR", ["KZ"]);
    const vacancy = await pending("KZ");
    expect((await openReview(first.actor, vacancy.id)).claimedBy).toBeNull();
    expect((await openReview(second.actor, vacancy.id)).claimedBy).toBe(first.user.name);
    await expect(
      decideVacancy(second.actor, { decision: "approve", vacancyId: vacancy.id, version: await version(vacancy.id) }),
    ).rejects.toMatchObject({ code: "conflict" });
    await decideVacancy(first.actor, {
      decision: "approve",
      vacancyId: vacancy.id,
      version: await version(vacancy.id),
    });
  });
});

describe("red-flag scoring on submission", () => {
  it("scores a fee request high with its reason, an honest text low, and puts the risky one first in the queue", async () => {
    const employer = await createEmployer({ country: "KG" });
    const { actor } = await createStaff("MODERATOR", ["KG"]);
    const base = {
      language: "ru",
      occupationCode: "9333",
      sector: "TRADE",
      countryCode: "KG",
      regionCode: "KG-GB",
      salaryMin: "30000",
      salaryMax: "40000",
      salaryCurrency: "KGS",
      salaryPeriod: "MONTH",
      employmentType: "FULL_TIME",
      contractType: "EMPLOYMENT_PERMANENT",
      experience: "NONE",
      education: "NONE",
      positions: "3",
      travelPaidBy: "NOT_APPLICABLE",
      housingPaidBy: "NOT_APPLICABLE",
      documentsPaidBy: "EMPLOYER",
      noFeeConfirmed: "on",
      contactPhone: "+996 500 000 123",
      validThrough: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
    };
    const honest = await saveVacancy(employer.actor, {
      intent: "submit",
      input: {
        ...base,
        title: "Грузчик на склад",
        description:
          "Разгрузка и погрузка товара на складе Дордой. Оформление по трудовому договору, медкомиссия за счёт работодателя.",
      },
    });
    const risky = await saveVacancy(employer.actor, {
      intent: "submit",
      input: {
        ...base,
        title: "Грузчик срочно",
        description:
          "Работа на складе, оплата каждую неделю. Для оформления нужно внести 5000 сом за медкомиссию и форму. Паспорт сдаётся бригадиру.",
      },
    });
    const [h, r] = await Promise.all([
      prisma.vacancy.findUniqueOrThrow({ where: { id: honest.vacancyId } }),
      prisma.vacancy.findUniqueOrThrow({ where: { id: risky.vacancyId } }),
    ]);
    expect(h.riskLevel).toBe("LOW");
    expect(r.riskLevel).toBe("HIGH");
    expect((r.riskReasons as { category: string }[]).map((reason) => reason.category)).toEqual(
      expect.arrayContaining(["FEE", "DOCUMENT_RETENTION"]),
    );
    const queue = (await listReviewQueue(actor)).filter((item) =>
      [honest.vacancyId, risky.vacancyId].includes(item.id),
    );
    expect(queue.map((item) => item.id)).toEqual([risky.vacancyId, honest.vacancyId]);
  });
});
