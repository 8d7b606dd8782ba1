import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmployer } from "@/lib/testing/actors";
import { clearTransactionalData, testPrisma } from "@/lib/testing/database";
import { createVacancy } from "@/prisma/seed/factories";
import { queues } from "@/lib/server/queues";
import { startWorker } from "./start-worker";

const prisma = testPrisma();
let boss: PgBoss;

async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  await clearTransactionalData();
  boss = await startWorker();
}, 60_000);
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true, timeout: 5_000 });
  await clearTransactionalData();
});

describe("the background worker (pg-boss on PostgreSQL)", () => {
  it("registers the recurring jobs once, whatever the number of workers", async () => {
    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron]).sort()).toEqual(
      [
        [queues.expireVacancies, "*/10 * * * *"],
        [queues.notifyExpiring, "7 * * * *"],
        [queues.pruneRateLimits, "17 * * * *"],
        [queues.pruneResponses, "43 3 * * *"],
        [queues.prunePageExpiries, "29 * * * *"],
        [queues.sweepSearch, "* * * * *"],
        [queues.sweepMail, "* * * * *"],
        [queues.sendImmediateAlerts, "*/5 * * * *"],
        [queues.sendDailyAlerts, "0 1 * * *"],
        [queues.pruneAlerts, "51 3 * * *"],
      ].sort(),
    );
  });

  it("expires vacancies past their date when the expiry job runs", async () => {
    const { organization } = await createEmployer();
    const due = await createVacancy(prisma, {
      organizationId: organization.id,
      validThrough: new Date(Date.now() - 1000),
    });
    await boss.send(queues.expireVacancies, {});
    const expired = await eventually(
      async () => (await prisma.vacancy.findUniqueOrThrow({ where: { id: due.id } })).status === "EXPIRED",
    );
    expect(expired).toBe(true);
  });
});
