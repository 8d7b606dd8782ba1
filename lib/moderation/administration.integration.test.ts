import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/access/actor";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { awaitingReview, createVacancy } from "@/prisma/seed/factories";
import { listReviewQueue } from "./list-review-queue";
import { inviteStaffMember } from "@/lib/moderation/invite-staff-member";
import { updateStaffMember } from "@/lib/moderation/update-staff-member";
import { assessVacancy } from "./risk/assess-vacancy";
import { updateRiskRule } from "@/lib/moderation/risk/update-risk-rule";

const prisma = testPrisma();
beforeAll(clearTransactionalData);
afterAll(async () => {
  await prisma.riskRule.updateMany({ where: { category: "FEE" }, data: { enabled: true } });
  await clearTransactionalData();
});

describe("administration", () => {
  it("an administrator tunes rules without a deploy; the next assessment follows; others are refused; broken patterns are refused", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const moderator = await createStaff("MODERATOR", ["KZ"]);
    const { organization } = await createEmployer({ country: "KZ" });
    const vacancy = {
      organizationId: organization.id,
      title: "Повар",
      description: "Оплата за оформление 10 000 тенге.",
      countryCode: "KZ",
      salaryCurrency: "KZT",
      contactPhone: "+7 700 000 00 00",
    };
    expect((await assessVacancy(prisma, vacancy)).level).toBe("HIGH");
    const feeRu = await prisma.riskRule.findUniqueOrThrow({ where: { id: "fee-ru" } });
    await expect(updateRiskRule(moderator.actor, { id: "fee-ru", weight: "0", enabled: "on" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      updateRiskRule(admin.actor, { id: "fee-ru", weight: "60", enabled: "on", pattern: "оплат(а" }),
    ).rejects.toMatchObject({ fields: { pattern: ["validation.pattern"] } });
    await updateRiskRule(admin.actor, { id: "fee-ru", weight: "60", pattern: feeRu.pattern, unless: feeRu.unless }); // "enabled" unticked
    expect((await assessVacancy(prisma, vacancy)).level).not.toBe("HIGH");
    expect(await prisma.auditLog.count({ where: { entityId: "fee-ru", action: "risk_rule.updated" } })).toBe(1);
    await updateRiskRule(admin.actor, {
      id: "fee-ru",
      weight: "60",
      enabled: "on",
      pattern: feeRu.pattern,
      unless: feeRu.unless,
    });
    expect((await assessVacancy(prisma, vacancy)).level).toBe("HIGH");
  });

  it("an administrator adds a colleague (who gets a link to set a password) and grants a country; moderators cannot", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const moderator = await createStaff("MODERATOR", ["KG"]);
    await expect(
      inviteStaffMember(
        moderator.actor,
        { email: "new@mintrud.example", name: "Жаңы", role: "MODERATOR", jurisdictions: ["KG"] },
        { locale: "ky" },
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    const member = await inviteStaffMember(
      admin.actor,
      { email: "new@mintrud.example", name: "Жаңы Кызматкер", role: "MODERATOR", jurisdictions: ["KG"] },
      { locale: "ky" },
    );
    const mail = await prisma.mailMessage.findFirstOrThrow({ where: { to: "new@mintrud.example" } });
    expect(mail.text).toMatch(/reset-password\?token=/);

    const { organization } = await createEmployer({ country: "KZ" });
    const kzVacancy = await createVacancy(prisma, {
      organizationId: organization.id,
      ...awaitingReview(),
    });
    const before = (await loadActor(member.id, 0))!;
    expect((await listReviewQueue(before)).map((i) => i.id)).not.toContain(kzVacancy.id);
    await expect(
      updateStaffMember(moderator.actor, { userId: member.id, jurisdictions: ["KG", "KZ"] }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await updateStaffMember(admin.actor, { userId: member.id, jurisdictions: ["KG", "KZ"] });
    expect(await loadActor(member.id, 0)).toBeNull(); // access changed: old sessions end
    const after = (await loadActor(member.id, 1))!;
    expect((await listReviewQueue(after)).map((i) => i.id)).toContain(kzVacancy.id);
    await updateStaffMember(admin.actor, { userId: member.id, jurisdictions: ["KG"], disabled: "on" });
    expect(await loadActor(member.id, 2)).toBeNull();
  });
});
