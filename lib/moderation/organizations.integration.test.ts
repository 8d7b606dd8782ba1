import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { getPublishedVacancy } from "@/lib/vacancies/get-published-vacancy";
import { createOrganization, createVacancy } from "@/prisma/seed/factories";
import { recordSearchChange } from "@/lib/search/record-search-change";
import { blockOrganization } from "@/lib/moderation/block-organization";
import { unblockOrganization } from "@/lib/moderation/unblock-organization";
import { verifyOrganization } from "@/lib/moderation/verify-organization";

const prisma = testPrisma();
beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe("employer verification and blocking", () => {
  it("records who verified an employer, when and how; only staff of its country may", async () => {
    const organization = await createOrganization(prisma, {
      countryCode: "KG",
      verificationState: "UNVERIFIED",
      verifiedAt: null,
    });
    const kz = await createStaff("MODERATOR", ["KZ"]);
    const kg = await createStaff("MODERATOR", ["KG"]);
    await expect(
      verifyOrganization(kz.actor, { organizationId: organization.id, note: "Проверено по реестру" }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      verifyOrganization(null, { organizationId: organization.id, note: "Проверено по реестру" }),
    ).rejects.toMatchObject({ code: "unauthenticated" });
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: organization.id } })).verificationState).toBe(
      "UNVERIFIED",
    );
    await verifyOrganization(kg.actor, { organizationId: organization.id, note: "ИНН сверен в ГНС КР (salyk.kg)" });
    expect(await prisma.organization.findUniqueOrThrow({ where: { id: organization.id } })).toMatchObject({
      verificationState: "VERIFIED",
      verifiedById: kg.user.id,
      verificationNote: "ИНН сверен в ГНС КР (salyk.kg)",
    });
  });

  it("blocking takes every vacancy of the employer off the portal and the search index at once, with the reason; unblocking brings them back", async () => {
    const organization = await createOrganization(prisma, { countryCode: "KZ" });
    const vacancies = await Promise.all(
      [1, 2].map((n) => createVacancy(prisma, { organizationId: organization.id, title: `Вакансия ${n}` })),
    );
    await prisma.$transaction((tx) =>
      recordSearchChange(
        tx,
        vacancies.map((v) => v.id),
      ),
    );
    const staff = await createStaff("ADMINISTRATOR", ["KZ"]);
    await expect(
      blockOrganization(staff.actor, { organizationId: organization.id, reason: "коротко", confirm: "on" }),
    ).rejects.toMatchObject({ code: "invalid" });
    // Not confirmed: refused next to the box, nothing blocked.
    await expect(
      blockOrganization(staff.actor, {
        organizationId: organization.id,
        reason: "С работников брали плату за оформление (жалобы R-…)",
      }),
    ).rejects.toMatchObject({ code: "invalid", fields: { confirm: ["validation.confirmBlock"] } });
    expect((await prisma.organization.findUniqueOrThrow({ where: { id: organization.id } })).blockedAt).toBeNull();
    await blockOrganization(staff.actor, {
      organizationId: organization.id,
      reason: "С работников брали плату за оформление (жалобы R-…)",
      confirm: "on",
    });
    for (const vacancy of vacancies)
      await expect(getPublishedVacancy(vacancy.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await prisma.vacancySearch.count({ where: { organizationId: organization.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: organization.id, action: "organization.blocked" } })).toBe(
      1,
    );
    await unblockOrganization(staff.actor, { organizationId: organization.id });
    expect(await prisma.vacancySearch.count({ where: { organizationId: organization.id } })).toBe(2);
  });
});
