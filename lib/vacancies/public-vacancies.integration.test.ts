import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toAmount } from "@/lib/money/convert";
import { createOrganization, createVacancy } from "@/prisma/seed/factories";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { countPublishedVacancies } from "./count-published-vacancies";
import { getPublishedVacancy } from "./get-published-vacancy";

const prisma = testPrisma();
const day = 86_400_000;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await clearTransactionalData();
  const kz = await createOrganization(prisma, { countryCode: "KZ", legalName: "ТОО «Тест»" });
  const kg = await createOrganization(prisma, {
    countryCode: "KG",
    legalName: "ОсОО «Тест»",
    verificationState: "UNVERIFIED",
    verifiedAt: null,
  });
  const blocked = await createOrganization(prisma, {
    countryCode: "KZ",
    blockedAt: new Date(),
    blockReason: "fee asked",
  });
  const now = Date.now();
  ids.cookAlmaty = (
    await createVacancy(prisma, {
      organizationId: kz.id,
      title: "Повар горячего цеха",
      regionCode: "KZ-75",
      publishedAt: new Date(now - 1 * day),
    })
  ).id;
  ids.builderAstana = (
    await createVacancy(prisma, {
      organizationId: kz.id,
      title: "Каменщик",
      sector: "CONSTRUCTION",
      occupationCode: "7112",
      regionCode: "KZ-71",
      employmentType: "ROTATIONAL",
      publishedAt: new Date(now - 2 * day),
    })
  ).id;
  ids.sellerBishkek = (
    await createVacancy(prisma, {
      organizationId: kg.id,
      countryCode: "KG",
      title: "Продавец на рынок Дордой",
      sector: "TRADE",
      occupationCode: "5211",
      regionCode: "KG-GB",
      publishedAt: new Date(now - 3 * day),
    })
  ).id;
  ids.draft = (
    await createVacancy(prisma, { organizationId: kz.id, title: "Черновик повара", status: "DRAFT", publishedAt: null })
  ).id;
  ids.pending = (
    await createVacancy(prisma, {
      organizationId: kz.id,
      title: "Повар на проверке",
      status: "PENDING_REVIEW",
      publishedAt: null,
    })
  ).id;
  ids.expiredByDate = (
    await createVacancy(prisma, {
      organizationId: kz.id,
      title: "Повар просроченный",
      validThrough: new Date(now - day),
    })
  ).id;
  ids.blockedEmployer = (
    await createVacancy(prisma, { organizationId: blocked.id, title: "Повар у заблокированного" })
  ).id;
});

afterAll(clearTransactionalData);

describe("getPublishedVacancy", () => {
  it("returns every field of a published vacancy with its employer", async () => {
    const vacancy = await getPublishedVacancy(ids.sellerBishkek!);
    expect(vacancy.organization.legalName).toBe("ОсОО «Тест»");
    expect(vacancy.organization.verificationState).toBe("UNVERIFIED");
    expect(vacancy.region.nameRu).toBe("город Бишкек");
    expect(vacancy.occupation.code).toBe("5211");
  });

  it.each(["draft", "pending", "expiredByDate", "blockedEmployer"])(
    "answers not_found for a %s vacancy",
    async (key) => {
      await expect(getPublishedVacancy(ids[key]!)).rejects.toMatchObject({ code: "not_found" });
    },
  );

  it("keeps the fractions of a piece rate (som per kilogram)", async () => {
    const organization = await prisma.organization.findFirstOrThrow({ where: { countryCode: "KG" } });
    const picking = await createVacancy(prisma, {
      organizationId: organization.id,
      countryCode: "KG",
      regionCode: "KG-C",
      salaryCurrency: "KGS",
      salaryPeriod: "PIECE",
      salaryMin: 3.5,
      salaryMax: 6.25,
    });
    try {
      const vacancy = await getPublishedVacancy(picking.id);
      expect([toAmount(vacancy.salaryMin), toAmount(vacancy.salaryMax)]).toEqual([3.5, 6.25]);
    } finally {
      await prisma.vacancy.delete({ where: { id: picking.id } });
    }
  });

  it("answers not_found for malformed ids without querying", async () => {
    await expect(getPublishedVacancy("../etc/passwd")).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("countPublishedVacancies", () => {
  it("counts public vacancies by country and sector", async () => {
    const counts = await countPublishedVacancies();
    expect(counts).toEqual({
      total: 3,
      byCountry: { KZ: 2, KG: 1 },
      bySector: { SERVICES: 1, CONSTRUCTION: 1, TRADE: 1 },
    });
  });
});
