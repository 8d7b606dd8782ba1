import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { closeVacancy } from "@/lib/vacancies/close-vacancy";
import { expireVacancies } from "@/lib/vacancies/expire-vacancies";
import { createVacancy } from "@/prisma/seed/factories";
import { createMeilisearchEngine } from "./meilisearch-engine";
import type { SearchEngine } from "./port";
import { recordSearchChange } from "./record-search-change";
import { searchBacklog, syncSearchOutbox } from "./sync-search-outbox";

const prisma = testPrisma();

/** An engine standing in for Meilisearch in the bookkeeping test: it can be "down", and records what it got. */
function recordingEngine() {
  const received: string[][] = [];
  let down = false;
  const engine: SearchEngine = {
    name: "meilisearch",
    search: async () => {
      throw new Error("not used");
    },
    suggest: async () => [],
    rebuild: async () => 0,
    sync: async (ids) => {
      if (down) throw new Error("connect ECONNREFUSED 127.0.0.1:7700");
      received.push(ids);
    },
  };
  return { engine, received, setDown: (value: boolean) => (down = value) };
}

beforeAll(async () => {
  await clearTransactionalData();
  await prisma.$executeRawUnsafe('TRUNCATE "SearchOutbox"');
});
afterAll(clearTransactionalData);

describe("search outbox (PostgreSQL bookkeeping)", () => {
  it("writes one outbox row per change in the same transaction, and the PostgreSQL index follows at once", async () => {
    const { organization, actor } = await createEmployer();
    const vacancy = await createVacancy(prisma, { organizationId: organization.id, title: "Сварщик на стройку" });
    await prisma.$transaction((tx) => recordSearchChange(tx, [vacancy.id]));
    expect(await prisma.vacancySearch.findUnique({ where: { vacancyId: vacancy.id } })).not.toBeNull();

    await closeVacancy(actor, vacancy.id);
    expect(await prisma.vacancySearch.findUnique({ where: { vacancyId: vacancy.id } })).toBeNull();
    expect(await prisma.searchOutbox.count({ where: { vacancyId: vacancy.id, processedAt: null } })).toBe(2);

    const due = await createVacancy(prisma, {
      organizationId: organization.id,
      validThrough: new Date(Date.now() - 1000),
    });
    await expireVacancies();
    expect(await prisma.searchOutbox.count({ where: { vacancyId: due.id } })).toBe(1);
  });

  it("keeps every change while the engine is down and delivers them, in order, when it returns", async () => {
    const fake = recordingEngine();
    const before = await searchBacklog();
    expect(before.pending).toBeGreaterThan(0);

    fake.setDown(true);
    await expect(syncSearchOutbox(fake.engine)).rejects.toThrow(/ECONNREFUSED/);
    const stillPending = await prisma.searchOutbox.findMany({ where: { processedAt: null } });
    expect(stillPending).toHaveLength(before.pending);
    expect(stillPending.every((row) => row.attempts === 1 && row.lastError?.includes("ECONNREFUSED"))).toBe(true);

    fake.setDown(false);
    const result = await syncSearchOutbox(fake.engine);
    expect(result).toEqual({ applied: before.pending, pending: 0 });
    expect(new Set(fake.received.flat())).toEqual(new Set(stillPending.map((row) => row.vacancyId)));
    expect(await searchBacklog()).toEqual({ pending: 0, oldestSeconds: null });
  });

  it("closes rows at once when no external engine is configured (PostgreSQL already follows)", async () => {
    const { organization } = await createEmployer();
    const vacancy = await createVacancy(prisma, { organizationId: organization.id });
    await prisma.$transaction((tx) => recordSearchChange(tx, [vacancy.id]));
    expect((await searchBacklog()).pending).toBe(1);
    expect(await syncSearchOutbox(null)).toEqual({ applied: 1, pending: 0 });
  });
});

// Against a real Meilisearch when one is configured: unreachable first (a wrong port), then the real one.
const host = process.env.MEILI_URL;
describe.skipIf(!host)("search outbox with a real Meilisearch", () => {
  it("delivers the backlog after Meilisearch comes back", async () => {
    const { organization } = await createEmployer();
    const vacancy = await createVacancy(prisma, { organizationId: organization.id, title: "Тракторист-машинист" });
    await prisma.$transaction((tx) => recordSearchChange(tx, [vacancy.id]));
    const unreachable = createMeilisearchEngine({
      host: "http://127.0.0.1:9",
      masterKey: process.env.MEILI_MASTER_KEY,
    });
    await expect(syncSearchOutbox(unreachable)).rejects.toThrow();
    expect((await searchBacklog()).pending).toBe(1);
    const real = createMeilisearchEngine({ host: host!, masterKey: process.env.MEILI_MASTER_KEY });
    await real.applySettings();
    expect((await syncSearchOutbox(real)).pending).toBe(0);
    const { searchContext } = await import("./search-vacancies");
    const context = await searchContext("тракторист");
    const result = await real.search(
      { q: "тракторист", sort: "relevance", page: 1, housing: false, open: false, verified: false, noAgencies: false },
      context,
    );
    expect(result.hits.map((h) => h.id)).toContain(vacancy.id);
  });
});
if (!host) console.log("[search] real-Meilisearch outbox test SKIPPED: MEILI_URL is not set.");
