import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { refreshSearchEntries } from "@/lib/search/postgres-index";
import { createOrganization, createVacancy } from "@/prisma/seed/factories";
import { marketMedian } from "./market-median";

const prisma = testPrisma();
beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

// Public Kazakh vacancies paying in tenge a month: (ISCO code, monthly pay) pairs.
const market: [string, number][] = [
  ["9112", 210_000],
  ["9112", 220_000],
  ["9112", 230_000],
  ["9112", 240_000],
  ["9112", 250_000],
  ["9111", 100_000],
  ["9111", 100_000],
  ["9313", 400_000],
  ["9313", 400_000],
  ["9313", 400_000],
  ["2611", 1_000_000],
];

describe("marketMedian", () => {
  beforeAll(async () => {
    const organization = await createOrganization(prisma, { countryCode: "KZ" });
    const ids: string[] = [];
    for (const [occupationCode, pay] of market) {
      const vacancy = await createVacancy(prisma, {
        organizationId: organization.id,
        countryCode: "KZ",
        occupationCode,
        salaryMin: pay,
        salaryMax: pay,
        salaryCurrency: "KZT",
        salaryPeriod: "MONTH",
      });
      ids.push(vacancy.id);
    }
    await refreshSearchEntries(prisma, ids);
  });

  it("uses the occupation itself when it has five vacancies or more", async () => {
    expect(await marketMedian(prisma, "9112", "KZ", "KZT")).toBe(230_000);
  });

  it("falls back to the ISCO minor group, then wider groups, then the whole country", async () => {
    // 9111 has two vacancies: its minor group 911 has seven (two at 100 000, five at 210 000–250 000).
    expect(await marketMedian(prisma, "9111", "KZ", "KZT")).toBe(220_000);
    // 9313 has three, and so do 931 and 93: the major group 9 has ten.
    expect(await marketMedian(prisma, "9313", "KZ", "KZT")).toBe(235_000);
    // No cook (5120) nor any service worker (group 5): the whole country, eleven vacancies.
    expect(await marketMedian(prisma, "5120", "KZ", "KZT")).toBe(240_000);
  });

  it("gives no median where even the country has too few vacancies, or in another currency", async () => {
    expect(await marketMedian(prisma, "9112", "KG", "KGS")).toBeNull();
    expect(await marketMedian(prisma, "9112", "KZ", "KGS")).toBeNull();
  });
});
