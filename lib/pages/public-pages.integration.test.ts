import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyOrganization } from "@/lib/moderation/verify-organization";
import { createEmployer, createStaff } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { closeVacancy } from "@/lib/vacancies/close-vacancy";
import { createOrganization, createVacancy } from "@/prisma/seed/factories";
import { searchAnswersPath } from "@/lib/search/postgres-index";
import {
  expireChangedPagesNow,
  lendPageExpiriesToCacheHandler,
  publicPagePaths,
  recordPublicPageChange,
} from "./public-pages";

const prisma = testPrisma();
beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

const paths = async () => (await prisma.pageExpiry.findMany({ orderBy: { id: "asc" } })).map((row) => row.path);

describe("public pages go out of date with their data", () => {
  it("closing a vacancy expires its page, its employer's page and the home page, in every language", async () => {
    const { actor, organization } = await createEmployer({ country: "KZ" });
    const vacancy = await createVacancy(prisma, { organizationId: organization.id });
    await prisma.pageExpiry.deleteMany();
    await closeVacancy(actor, vacancy.id);
    // …and the kept search answers (lib/search/answer-memo.ts watches for this row).
    expect(new Set(await paths())).toEqual(
      new Set([
        ...publicPagePaths({ vacancyIds: [vacancy.id], organizationIds: [organization.id] }),
        searchAnswersPath,
      ]),
    );
    expect(await paths()).toContain(`/ky/vacancies/${vacancy.id}`);
    expect(await paths()).toContain(`/en/employers/${organization.id}`);
    expect(await paths()).toContain(`/kk`);
  });

  it("a refused change expires nothing", async () => {
    const { organization } = await createEmployer({ country: "KZ" });
    const { actor: stranger } = await createEmployer({ country: "KZ" });
    const vacancy = await createVacancy(prisma, { organizationId: organization.id });
    await prisma.pageExpiry.deleteMany();
    await expect(closeVacancy(stranger, vacancy.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await paths()).toEqual([]);
  });

  it("verifying an employer expires its page even without public vacancies", async () => {
    const organization = await createOrganization(prisma, { countryCode: "KG", verificationState: "UNVERIFIED" });
    const { actor: moderator } = await createStaff("MODERATOR", ["KG"]);
    await prisma.pageExpiry.deleteMany();
    await verifyOrganization(moderator, { organizationId: organization.id, note: "ИНН сверен в ГНС КР" });
    expect(await paths()).toContain(`/ru/employers/${organization.id}`);
  });
});

describe("the page cache handler", () => {
  // Next loads the handler with require(), outside the bundle; so does this test.
  const PageCacheHandler = createRequire(import.meta.url)("../server/page-cache-handler.cjs");
  const handler = new PageCacheHandler({ maxMemoryCacheSize: 1024 * 1024, revalidatedTags: [], flushToDisk: true });
  const page = (path: string) => ({
    kind: "APP_PAGE",
    html: `<p>${path}</p>`,
    rscData: Buffer.from(""),
    status: 200,
    postponed: undefined,
    segmentData: undefined,
    headers: { "x-next-cache-tags": `_N_T_/layout,_N_T_${path}` },
  });
  const cached = async (path: string) => (await handler.get(path, { kind: "APP_PAGE", isFallback: false })) !== null;

  it("drops a page another server marked out of date, and keeps the others", async () => {
    lendPageExpiriesToCacheHandler();
    const { organization } = await createEmployer({ country: "KG" });
    await cached("/ru/vacancies/warm-up"); // the first look only notes the database's time
    for (const path of ["/ru/vacancies/a", "/ru/vacancies/b"])
      await handler.set(path, page(path), { cacheControl: { revalidate: 300, expire: 600 } });
    expect(await cached("/ru/vacancies/a")).toBe(true);

    // Another server's transaction (here: this process, through the same table).
    await prisma.$transaction((tx) => tx.pageExpiry.create({ data: { path: "/ru/vacancies/a" } }));
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.PAGE_CACHE_SYNC_MS ?? 1000) + 100));
    expect(await cached("/ru/vacancies/a")).toBe(false);
    expect(await cached("/ru/vacancies/b")).toBe(true);

    // This server's own change: dropped before the next answer, without waiting for the next look.
    await handler.set("/ru/vacancies/c", page("/ru/vacancies/c"), { cacheControl: { revalidate: 300, expire: 600 } });
    expect(await cached("/ru/vacancies/c")).toBe(true);
    await prisma.pageExpiry.create({ data: { path: "/ru/vacancies/c" } });
    expireChangedPagesNow();
    expect(await cached("/ru/vacancies/c")).toBe(false);

    // A new exchange rate: every page.
    await prisma.$transaction((tx) => recordPublicPageChange(tx, { organizationIds: [organization.id] }));
    await prisma.pageExpiry.create({ data: { path: "/layout" } });
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.PAGE_CACHE_SYNC_MS ?? 1000) + 100));
    expect(await cached("/ru/vacancies/b")).toBe(false);
  });
});
