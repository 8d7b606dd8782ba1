import { beforeAll, describe, expect, it } from "vitest";
import { createOrganization, createVacancy } from "@/prisma/seed/factories";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { getSitemapIndex } from "./get-sitemap-index";
import { listSitemapEmployers } from "./list-sitemap-employers";
import { listSitemapVacancies } from "./list-sitemap-vacancies";

const prisma = testPrisma();
const day = 86_400_000;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await clearTransactionalData();
  const now = Date.now();
  const open = await createOrganization(prisma, { countryCode: "KZ" });
  const onlyClosed = await createOrganization(prisma, { countryCode: "KG" });
  const blocked = await createOrganization(prisma, { countryCode: "KZ", blockedAt: new Date(), blockReason: "fee" });
  ids.open = open.id;
  ids.onlyClosed = onlyClosed.id;
  ids.blocked = blocked.id;
  ids.published = (await createVacancy(prisma, { organizationId: open.id, updatedAt: new Date(now - 5 * day) })).id;
  ids.newer = (await createVacancy(prisma, { organizationId: open.id, updatedAt: new Date(now - day) })).id;
  ids.closed = (
    await createVacancy(prisma, {
      organizationId: onlyClosed.id,
      status: "CLOSED",
      closedAt: new Date(),
      countryCode: "KG",
    })
  ).id;
  ids.expired = (
    await createVacancy(prisma, { organizationId: open.id, status: "EXPIRED", validThrough: new Date(now - day) })
  ).id;
  ids.pastDate = (await createVacancy(prisma, { organizationId: open.id, validThrough: new Date(now - 1000) })).id;
  ids.draft = (await createVacancy(prisma, { organizationId: open.id, status: "DRAFT", publishedAt: null })).id;
  ids.ofBlocked = (await createVacancy(prisma, { organizationId: blocked.id })).id;
});

describe("sitemap data", () => {
  it("lists only public vacancies, with their last change", async () => {
    const vacancies = await listSitemapVacancies(0);
    expect(vacancies.map((v) => v.id).sort()).toEqual([ids.published, ids.newer].sort());
    const newer = vacancies.find((v) => v.id === ids.newer)!;
    expect(Date.now() - newer.lastModified.getTime()).toBeGreaterThan(day - 60_000);
    expect(await listSitemapVacancies(1)).toEqual([]);
  });

  it("lists employers with a public vacancy, changed when their newest vacancy changed", async () => {
    const employers = await listSitemapEmployers(0);
    expect(employers.map((e) => e.id)).toEqual([ids.open]);
    const newer = await prisma.vacancy.findUniqueOrThrow({ where: { id: ids.newer } });
    expect(employers[0]!.lastModified).toEqual(newer.updatedAt);
  });

  it("counts what the index splits into parts", async () => {
    const index = await getSitemapIndex();
    expect(index.vacancies).toBe(2);
    expect(index.employers).toBe(1);
    const newer = await prisma.vacancy.findUniqueOrThrow({ where: { id: ids.newer } });
    expect(index.lastModified).toEqual(newer.updatedAt);
  });
});
