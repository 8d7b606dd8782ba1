import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuildSearchEntries } from "@/lib/search/postgres-index";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { createVacancy } from "@/prisma/seed/factories";
import { getCurrentExchangeRate } from "./get-current-exchange-rate";
import { listExchangeRates } from "@/lib/money/list-exchange-rates";
import { recordExchangeRate } from "@/lib/money/record-exchange-rate";

const prisma = testPrisma();
const now = new Date();
const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
let seededRates: Awaited<ReturnType<typeof prisma.exchangeRate.findMany>> = [];

// The seeded rate is dated today, like the ones entered here: put the seeded rows back afterwards.
beforeAll(async () => {
  await clearTransactionalData();
  seededRates = await prisma.exchangeRate.findMany();
});
afterAll(async () => {
  await prisma.exchangeRate.deleteMany();
  await prisma.exchangeRate.createMany({ data: seededRates });
  await rebuildSearchEntries(prisma);
  await clearTransactionalData();
});

async function sortKeyOf(vacancyId: string) {
  return (await prisma.vacancySearch.findUniqueOrThrow({ where: { vacancyId } })).salarySortKzt;
}

describe("exchange rates entered by administrators", () => {
  it("refuses everyone but an administrator, and changes nothing", async () => {
    const moderator = await createStaff("MODERATOR", ["KG", "KZ"]);
    const { actor: employer } = await createEmployer({ country: "KG" });
    const input = { rate: "6.5", effectiveDate: day(0), source: "НБКР" };
    const before = await prisma.exchangeRate.count();
    const audited = await prisma.auditLog.count({ where: { action: "exchange_rate.recorded" } });
    await expect(recordExchangeRate(null, input)).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(recordExchangeRate(employer, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(recordExchangeRate(moderator.actor, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listExchangeRates(moderator.actor)).rejects.toMatchObject({ code: "forbidden" });
    expect(await prisma.exchangeRate.count()).toBe(before);
    expect(await prisma.auditLog.count({ where: { action: "exchange_rate.recorded" } })).toBe(audited);
  });

  it("validates each field: unit mistakes, future or stale dates, a missing source, an unconfirmed jump", async () => {
    const { actor: admin } = await createStaff("ADMINISTRATOR", ["KG", "KZ"]);
    const inForce = (await getCurrentExchangeRate())!.rate;
    const audited = await prisma.auditLog.count({ where: { action: "exchange_rate.recorded" } });
    await expect(
      recordExchangeRate(admin, { rate: "0,17", effectiveDate: day(0), source: "НБКР" }),
    ).rejects.toMatchObject({ fields: { rate: ["validation.rateImplausible"] } });
    await expect(
      recordExchangeRate(admin, { rate: "abc", effectiveDate: day(0), source: "НБКР" }),
    ).rejects.toMatchObject({ fields: { rate: ["validation.number"] } });
    await expect(recordExchangeRate(admin, { rate: "6", effectiveDate: day(1), source: "НБКР" })).rejects.toMatchObject(
      { fields: { effectiveDate: ["validation.dateInFuture"] } },
    );
    await expect(
      recordExchangeRate(admin, { rate: "6", effectiveDate: "2026-02-31", source: "НБКР" }),
    ).rejects.toMatchObject({ fields: { effectiveDate: ["validation.date"] } });
    await expect(
      recordExchangeRate(admin, { rate: "6", effectiveDate: day(-400), source: "НБКР" }),
    ).rejects.toMatchObject({ fields: { effectiveDate: ["validation.dateTooOld"] } });
    await expect(recordExchangeRate(admin, { rate: "6", effectiveDate: day(0), source: " " })).rejects.toMatchObject({
      fields: { source: ["validation.required"] },
    });
    const jump = (inForce * 1.5).toFixed(2);
    await expect(
      recordExchangeRate(admin, { rate: jump, effectiveDate: day(0), source: "НБКР" }),
    ).rejects.toMatchObject({ fields: { rate: ["validation.rateJump"] } });
    expect((await getCurrentExchangeRate())!.rate).toBe(inForce);
    expect(await prisma.auditLog.count({ where: { action: "exchange_rate.recorded" } })).toBe(audited);
  });

  it("an administrator's rate is in force at once: pages, pay sorting in search, the outbox and the audit follow", async () => {
    const { actor: admin } = await createStaff("ADMINISTRATOR", ["KG"]);
    const { organization } = await createEmployer({ country: "KG" });
    const somVacancy = await createVacancy(prisma, { organizationId: organization.id, countryCode: "KG" });
    await rebuildSearchEntries(prisma);
    const inForce = (await getCurrentExchangeRate())!.rate;
    expect(await sortKeyOf(somVacancy.id)).toBe(Math.round(50000 * inForce));
    await prisma.searchOutbox.deleteMany();

    const newRate = Math.round(inForce * 1.05 * 100) / 100;
    const { reindexed } = await recordExchangeRate(admin, {
      rate: String(newRate).replace(".", ","),
      effectiveDate: day(0),
      source: "НБКР, официальный курс",
    });
    expect((await getCurrentExchangeRate())?.rate).toBe(newRate);
    expect(await sortKeyOf(somVacancy.id)).toBe(Math.round(50000 * newRate));
    expect(reindexed).toBeGreaterThanOrEqual(1);
    expect(await prisma.searchOutbox.count({ where: { vacancyId: somVacancy.id, processedAt: null } })).toBe(1);
    // Every cached page shows pay in the other currency: all are out of date.
    expect(await prisma.pageExpiry.count({ where: { path: "/layout" } })).toBeGreaterThanOrEqual(1);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "exchange_rate.recorded", actorId: admin.userId },
    });
    expect(audit).toMatchObject({
      actorId: admin.userId,
      after: { rate: expect.stringMatching(/^\d/), source: "НБКР, официальный курс" },
    });

    // The same day again replaces that day's entry (a correction), keeping the previous value in the audit.
    await recordExchangeRate(admin, {
      rate: String(newRate + 0.01),
      effectiveDate: day(0),
      source: "НБКР, исправлено",
    });
    expect((await getCurrentExchangeRate())?.rate).toBeCloseTo(newRate + 0.01, 6);
    const correction = await prisma.auditLog.findFirstOrThrow({
      where: { action: "exchange_rate.recorded", actorId: admin.userId },
      orderBy: { id: "desc" },
    });
    expect(correction.before).toMatchObject({ source: "НБКР, официальный курс" });
    const history = await listExchangeRates(admin);
    expect(history[0]).toMatchObject({ source: "НБКР, исправлено", enteredBy: expect.stringContaining("@") });
  });
});
