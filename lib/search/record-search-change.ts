import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshSearchEntries } from "./postgres-index";

/**
 * Call inside every transaction that changes what is public (approval, closing, renewal, expiry, an
 * employer blocked): the PostgreSQL index follows at once (searchable on commit), and an outbox row per
 * vacancy tells the worker to update Meilisearch. Nothing is lost if Meilisearch is down: rows wait.
 */
export async function recordSearchChange(tx: Prisma.TransactionClient, vacancyIds: string[]): Promise<void> {
  if (vacancyIds.length === 0) return;
  await refreshSearchEntries(tx, vacancyIds);
  await tx.searchOutbox.createMany({ data: vacancyIds.map((vacancyId) => ({ vacancyId })) });
}

/** After commit: ask the worker to deliver the outbox now (the minute sweep catches a lost request). */
export async function requestSearchSync(): Promise<void> {
  const [{ env }, { requestJob }, { queues }] = await Promise.all([import("@/lib/server/env"), import("@/lib/server/jobs"), import("@/lib/jobs/queues")]);
  if (env().MEILI_URL) await requestJob(queues.syncSearch);
}
