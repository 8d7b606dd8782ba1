import { describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/testing/database";
import { getCurrentExchangeRate } from "@/lib/money/get-current-exchange-rate";
import { seedReferenceData } from "@/prisma/seed/seed-reference";
import { listRegions } from "./list-regions";

const prisma = testPrisma();

describe("reference data", () => {
  it("has both countries with every region and city of republican significance", async () => {
    const regions = await listRegions();
    const kg = regions.filter((r) => r.countryCode === "KG");
    const kz = regions.filter((r) => r.countryCode === "KZ");
    expect(kg.filter((r) => r.kind === "REGION")).toHaveLength(7);
    expect(
      kg
        .filter((r) => r.kind === "CITY")
        .map((r) => r.nameEn)
        .sort(),
    ).toEqual(["Bishkek", "Osh City"]);
    expect(kz.filter((r) => r.kind === "REGION")).toHaveLength(17);
    expect(
      kz
        .filter((r) => r.kind === "CITY")
        .map((r) => r.nameEn)
        .sort(),
    ).toEqual(["Almaty", "Astana", "Shymkent"]);
    for (const region of regions)
      expect([region.nameRu, region.nameKy, region.nameKk, region.nameEn].every(Boolean)).toBe(true);
    expect(
      await prisma.city.count({ where: { regionCode: { in: regions.map((r) => r.code) } } }),
    ).toBeGreaterThanOrEqual(regions.length);
  });

  it("has the whole ISCO-08 tree down to the 436 unit groups", async () => {
    const byLevel = await prisma.occupation.groupBy({
      by: ["level"],
      _count: { _all: true },
      orderBy: { level: "asc" },
    });
    expect(byLevel.map((l) => l._count._all)).toEqual([10, 43, 130, 436]);
    const cook = await prisma.occupation.findUniqueOrThrow({
      where: { code: "5120" },
      include: { parent: { include: { parent: true } } },
    });
    expect(cook.nameEn).toBe("Cooks");
    expect(cook.nameKy).toBeTruthy();
    expect(cook.nameKk).toBeTruthy();
    expect(cook.parent?.parent?.code).toBe("51");
  });

  it("is idempotent: seeding again changes no counts", async () => {
    const before = [
      await prisma.region.count(),
      await prisma.city.count(),
      await prisma.occupation.count(),
      await prisma.exchangeRate.count(),
    ];
    await seedReferenceData(prisma);
    const after = [
      await prisma.region.count(),
      await prisma.city.count(),
      await prisma.occupation.count(),
      await prisma.exchangeRate.count(),
    ];
    expect(after).toEqual(before);
  });

  it("serves the newest exchange rate in effect, labelled with its date and source", async () => {
    const seeded = await getCurrentExchangeRate();
    expect(seeded?.rate).toBeGreaterThan(0);
    const tomorrow = new Date(Date.now() + 86_400_000);
    const future = await prisma.exchangeRate.create({
      data: { baseCurrency: "KGS", quoteCurrency: "KZT", rate: "6.1", effectiveDate: tomorrow, source: "test" },
    });
    try {
      expect((await getCurrentExchangeRate())?.rate).toBe(seeded?.rate);
      expect((await getCurrentExchangeRate(new Date(tomorrow.getTime() + 3_600_000)))?.rate).toBe(6.1);
    } finally {
      await prisma.exchangeRate.delete({ where: { id: future.id } });
    }
  });
});

describe("audit log", () => {
  it("is append-only: the database refuses updates and deletes", async () => {
    const entry = await prisma.auditLog.create({ data: { action: "test.append", entityType: "Test", entityId: "1" } });
    await expect(prisma.auditLog.update({ where: { id: entry.id }, data: { action: "changed" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect((await prisma.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("test.append");
  });
});
