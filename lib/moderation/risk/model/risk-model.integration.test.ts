import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { assessVacancy } from "../assess-vacancy";
import { activateRiskModelVersion } from "./activate-risk-model-version";
import { listRiskModelVersions } from "./list-risk-model-versions";
import { trainNewRiskModelVersion } from "./train-new-risk-model-version";

const prisma = testPrisma();
beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

const modelReasons = (result: { reasons: { category: string }[] }) =>
  result.reasons.filter((reason) => reason.category === "MODEL");

describe("learned risk model versions", () => {
  it("a trained version is stored inactive and not used until an administrator switches to it (audited)", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const { organization } = await createEmployer({ country: "KZ" });
    const vacancy = {
      organizationId: organization.id,
      title: "Разнорабочий на стройку",
      description: "Паспорт на время работы хранится у бригадира. Долг за дорогу вычитается из зарплаты.",
      countryCode: "KZ",
      salaryCurrency: "KZT",
      contactPhone: "+7 700 000 00 00",
    };
    const { version } = await trainNewRiskModelVersion(admin.actor);
    const [stored] = await listRiskModelVersions(admin.actor);
    expect(stored).toMatchObject({ version, active: false, activatedAt: null });
    expect(stored!.trainedOn.labelled).toBeGreaterThan(500);
    expect(stored!.metrics.heldout.model.ru.n).toBeGreaterThan(0);
    expect(stored!.metrics.kfold.k).toBe(5);
    expect(modelReasons(await assessVacancy(prisma, vacancy))).toEqual([]);
    expect(
      await prisma.auditLog.count({
        where: { action: "risk_model.trained", entityId: stored!.id, actorId: admin.actor.userId },
      }),
    ).toBe(1);

    await expect(activateRiskModelVersion(admin.actor, { id: stored!.id })).rejects.toMatchObject({
      fields: { confirm: ["staffRiskModel.errorConfirm"] },
    });
    expect(modelReasons(await assessVacancy(prisma, vacancy))).toEqual([]);

    await activateRiskModelVersion(admin.actor, { id: stored!.id, confirm: "on" });
    const assessed = await assessVacancy(prisma, vacancy);
    expect(modelReasons(assessed)).toEqual([expect.objectContaining({ ruleId: "MODEL", version })]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "risk_model.activated", entityId: stored!.id },
    });
    expect(audit).toMatchObject({ actorId: admin.actor.userId, before: { activeVersion: null } });

    // A newer version waits; switching to it records the one it replaces
    await prisma.riskModelVersion.update({ where: { id: stored!.id }, data: { createdAt: new Date(0) } });
    const second = await trainNewRiskModelVersion(admin.actor);
    const newer = (await listRiskModelVersions(admin.actor)).find((v) => v.version === second.version)!;
    expect((await prisma.riskModelVersion.findFirstOrThrow({ where: { active: true } })).id).toBe(stored!.id);
    await activateRiskModelVersion(admin.actor, { id: newer.id, confirm: "on" });
    expect(await prisma.riskModelVersion.count({ where: { active: true } })).toBe(1);
    expect(modelReasons(await assessVacancy(prisma, vacancy))).toEqual([
      expect.objectContaining({ version: second.version }),
    ]);
    expect(
      await prisma.auditLog.findFirstOrThrow({ where: { action: "risk_model.activated", entityId: newer.id } }),
    ).toMatchObject({ before: { activeVersion: version }, after: { activeVersion: second.version } });
    await expect(activateRiskModelVersion(admin.actor, { id: newer.id, confirm: "on" })).rejects.toMatchObject({
      code: "conflict",
    });
  }, 60_000);

  it("moderators and employers are refused and nothing changes", async () => {
    const moderator = await createStaff("MODERATOR", ["KG", "KZ"]);
    const { actor: employer } = await createEmployer({ country: "KZ" });
    const before = await prisma.riskModelVersion.findMany({ orderBy: { version: "asc" } });
    const inactive = before.find((v) => !v.active)!;
    const audits = await prisma.auditLog.count({ where: { action: { startsWith: "risk_model." } } });
    for (const actor of [moderator.actor, employer, null]) {
      await expect(trainNewRiskModelVersion(actor)).rejects.toMatchObject({
        code: expect.stringMatching(/forbidden|unauthenticated/),
      });
      await expect(activateRiskModelVersion(actor, { id: inactive.id, confirm: "on" })).rejects.toMatchObject({
        code: expect.stringMatching(/forbidden|unauthenticated/),
      });
      await expect(listRiskModelVersions(actor)).rejects.toMatchObject({
        code: expect.stringMatching(/forbidden|unauthenticated/),
      });
    }
    expect(await prisma.riskModelVersion.findMany({ orderBy: { version: "asc" } })).toEqual(before);
    expect(await prisma.auditLog.count({ where: { action: { startsWith: "risk_model." } } })).toBe(audits);
  });

  it("an administrator cannot train twice within a minute", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG"]);
    const count = await prisma.riskModelVersion.count();
    await expect(trainNewRiskModelVersion(admin.actor)).rejects.toMatchObject({
      fields: { train: ["staffRiskModel.errorTooSoon"] },
    });
    expect(await prisma.riskModelVersion.count()).toBe(count);
  });
});
