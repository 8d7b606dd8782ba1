import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { createVacancy } from "@/prisma/seed/factories";
import { riskRuleStatistics } from "./risk-rule-statistics";
import { tryRiskRules } from "./try-risk-rules";

const prisma = testPrisma();
beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

const sample = "Склад в Алматы. Оплата за оформление 15 000 тенге. Паспорт сдаётся бригадиру.";

describe("try the rules on a text", () => {
  it("shows which rules match and where, and tries an edited pattern without saving it", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const saved = await tryRiskRules(admin.actor, { text: sample });
    const found = Object.fromEntries(saved.rules.map((rule) => [rule.ruleId, rule.matches.map((m) => m.excerpt)]));
    expect(found["fee-ru"]?.[0]).toMatch(/^Оплата за оформлени/);
    expect(found["documents-ru"]?.[0]).toMatch(/^Паспорт сдаёт/);
    const first = saved.rules.find((rule) => rule.ruleId === "fee-ru")!.matches[0]!;
    expect(sample.slice(first.start, first.end)).toBe(first.excerpt);

    const stored = await prisma.riskRule.findUniqueOrThrow({ where: { id: "urgency-ru" } });
    const edited = await tryRiskRules(admin.actor, { text: sample, ruleId: "urgency-ru", pattern: "склад|бригадир" });
    const urgency = edited.rules.find((rule) => rule.ruleId === "urgency-ru")!;
    expect(urgency).toMatchObject({ edited: true });
    expect(urgency.matches.map((m) => m.excerpt)).toEqual(["Склад", "бригадир"]);
    // An edited pattern that finds nothing is still reported (so the administrator sees it does nothing).
    const nothing = await tryRiskRules(admin.actor, { text: sample, ruleId: "urgency-ru", pattern: "вахта" });
    expect(nothing.rules.find((rule) => rule.ruleId === "urgency-ru")).toMatchObject({ edited: true, matches: [] });
    expect(await prisma.riskRule.findUniqueOrThrow({ where: { id: "urgency-ru" } })).toEqual(stored);
  });

  it("shows the concept rules' places in word forms of any of the three languages, and the score of the text", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const kept = "Жұмысшылардың төлқұжаттары директордың сейфінде сақталады.";
    const trial = await tryRiskRules(admin.actor, { text: kept });
    const concept = trial.rules.find((rule) => rule.kind === "concept" && rule.category === "DOCUMENT_RETENTION");
    expect(concept).toMatchObject({ enabled: true, edited: false });
    expect(concept!.matches[0]!.excerpt).toMatch(/төлқұжат/i);
    expect(trial.assessment.score).toBeGreaterThan(0);
    // A span two anchor words lead to is listed once
    const wages = await tryRiskRules(admin.actor, {
      text: "Склад. Паспорт хранится у бригадира до конца сезона, зарплата выдаётся в конце сезона одной суммой.",
    });
    for (const rule of wages.rules.filter((r) => r.kind === "concept")) {
      const spans = rule.matches.map((m) => `${m.start}-${m.end}`);
      expect(new Set(spans).size, rule.ruleId).toBe(spans.length);
    }
    // Shown, not stored: the passport kept only to sign the contract is no red flag
    const honest = await tryRiskRules(admin.actor, {
      text: "Паспорт работодатель не забирает, нужен только для договора.",
    });
    expect(honest.rules.filter((rule) => rule.category === "DOCUMENT_RETENTION")).toEqual([]);
    expect(honest.assessment).toMatchObject({ score: 0, level: "LOW", model: null });
  });

  it("refuses other people, patterns RE2 cannot run, unknown rules and oversized text", async () => {
    const moderator = await createStaff("MODERATOR", ["KG", "KZ"]);
    const admin = await createStaff("ADMINISTRATOR", ["KG"]);
    const { actor: employer } = await createEmployer();
    await expect(tryRiskRules(moderator.actor, { text: sample })).rejects.toMatchObject({ code: "forbidden" });
    await expect(tryRiskRules(employer, { text: sample })).rejects.toMatchObject({ code: "forbidden" });
    await expect(tryRiskRules(null, { text: sample })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(
      tryRiskRules(admin.actor, { text: sample, ruleId: "fee-ru", pattern: "паспорт(?!\\s+не)" }),
    ).rejects.toMatchObject({ fields: { pattern: ["validation.pattern"] } });
    await expect(tryRiskRules(admin.actor, { text: sample, ruleId: "no-such-rule" })).rejects.toMatchObject({
      fields: { ruleId: ["validation.invalid"] },
    });
    await expect(tryRiskRules(admin.actor, { text: "а".repeat(20_001) })).rejects.toMatchObject({
      fields: { text: ["validation.tooLong"] },
    });
    await expect(tryRiskRules(admin.actor, { text: "   " })).rejects.toMatchObject({
      fields: { text: ["validation.required"] },
    });
  });
});

describe("rule statistics", () => {
  it("counts, in one query, how often each rule fired and how often the submission was then rejected", async () => {
    const admin = await createStaff("ADMINISTRATOR", ["KZ"]);
    const moderator = await createStaff("MODERATOR", ["KZ"]);
    const { organization } = await createEmployer({ country: "KZ" });
    const reasons = (...ruleIds: string[]) =>
      ruleIds.map((ruleId) => ({ ruleId, category: "FEE", weight: 60 })) as unknown as Prisma.InputJsonValue;
    const fired = await createVacancy(prisma, {
      organizationId: organization.id,
      riskReasons: reasons("fee-ru", "urgency-ru"),
    });
    await createVacancy(prisma, {
      organizationId: organization.id,
      status: "REJECTED",
      riskReasons: reasons("fee-ru"),
    });
    await createVacancy(prisma, { organizationId: organization.id, riskReasons: [] });
    await prisma.vacancyRevision.create({
      data: { vacancyId: fired.id, status: "REJECTED", data: {}, riskReasons: reasons("fee-ru") },
    });
    const statistics = await riskRuleStatistics(admin.actor);
    expect(statistics.get("fee-ru")).toEqual({ fired: 3, rejected: 2 });
    expect(statistics.get("urgency-ru")).toEqual({ fired: 1, rejected: 0 });
    expect(statistics.has("documents-ru")).toBe(false);
    await expect(riskRuleStatistics(moderator.actor)).rejects.toMatchObject({ code: "forbidden" });
  });
});
