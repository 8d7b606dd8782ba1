import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toAmount } from "@/lib/money/convert";
import { registryNumberProblem } from "@/lib/organizations/registry-number";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { seedDemoData } from "./seed-demo";

const prisma = testPrisma();
const surveyShares = { TRADE: 0.39, SERVICES: 0.36, CONSTRUCTION: 0.15, AGRICULTURE: 0.05 } as const;

beforeAll(async () => {
  await clearTransactionalData();
  await seedDemoData(prisma, { seed: 42 });
}, 120_000);
afterAll(clearTransactionalData);

describe("demo data", () => {
  it("publishes at least 400 vacancies in both countries and every region", async () => {
    const published = await prisma.vacancy.findMany({
      where: { status: "PUBLISHED" },
      select: { countryCode: true, regionCode: true },
    });
    expect(published.length).toBeGreaterThanOrEqual(400);
    const regions = await prisma.region.findMany({ select: { code: true } });
    const covered = new Set(published.map((v) => v.regionCode));
    expect(regions.filter((r) => !covered.has(r.code))).toEqual([]);
    expect(published.filter((v) => v.countryCode === "KG").length).toBeGreaterThan(100);
    expect(published.filter((v) => v.countryCode === "KZ").length).toBeGreaterThan(150);
  });

  it("follows the survey's sector mix within five points", async () => {
    const rows = await prisma.vacancy.groupBy({ by: ["sector"], _count: { _all: true } });
    const total = rows.reduce((sum, r) => sum + r._count._all, 0);
    for (const [sector, share] of Object.entries(surveyShares)) {
      const actual = (rows.find((r) => r.sector === sector)?._count._all ?? 0) / total;
      expect(Math.abs(actual - share), `${sector}: ${actual.toFixed(3)}`).toBeLessThan(0.05);
    }
  });

  it("has texts in Russian with a share in Kyrgyz and Kazakh, in the right countries", async () => {
    const rows = await prisma.vacancy.groupBy({ by: ["language", "countryCode"], _count: { _all: true } });
    const count = (language: string, country: string) =>
      rows.find((r) => r.language === language && r.countryCode === country)?._count._all ?? 0;
    expect(count("ky", "KG")).toBeGreaterThan(10);
    expect(count("kk", "KZ")).toBeGreaterThan(10);
    expect(count("ky", "KZ") + count("kk", "KG")).toBe(0);
    expect(count("ru", "KG") + count("ru", "KZ")).toBeGreaterThan(250);
  });

  it("pays in the local currency with sensible ranges", async () => {
    const vacancies = await prisma.vacancy.findMany({
      select: { countryCode: true, salaryCurrency: true, salaryMin: true, salaryMax: true, salaryPeriod: true },
    });
    for (const v of vacancies) {
      const [min, max] = [toAmount(v.salaryMin)!, toAmount(v.salaryMax)];
      expect(v.salaryCurrency).toBe(v.countryCode === "KZ" ? "KZT" : "KGS");
      expect(min).toBeGreaterThan(0);
      if (max !== null) expect(max).toBeGreaterThanOrEqual(min);
      if (v.salaryPeriod === "MONTH") {
        const [low, high] = v.countryCode === "KZ" ? [80_000, 2_000_000] : [10_000, 400_000];
        expect(min).toBeGreaterThanOrEqual(low);
        expect(min).toBeLessThanOrEqual(high);
      }
    }
  });

  it("has a few dozen employers of each kind, all flagged as demo, with well-formed registry numbers", async () => {
    const organizations = await prisma.organization.findMany();
    for (const kind of ["COMPANY", "INDIVIDUAL_ENTREPRENEUR", "RECRUITMENT_AGENCY"]) {
      expect(organizations.filter((o) => o.kind === kind).length).toBeGreaterThanOrEqual(20);
    }
    for (const o of organizations) {
      expect(o.isDemo).toBe(true);
      expect(registryNumberProblem(o.countryCode, o.registryNumber), `${o.legalName} ${o.registryNumber}`).toBeNull();
    }
  });

  it("is deterministic: the same seed gives the same vacancies", async () => {
    const snapshot = () =>
      prisma.vacancy.findMany({
        select: { id: true, title: true, description: true, regionCode: true },
        orderBy: { id: "asc" },
      });
    const first = await snapshot();
    await clearTransactionalData();
    await seedDemoData(prisma, { seed: 42 });
    const second = await snapshot();
    expect(second).toEqual(first);
  });
});
