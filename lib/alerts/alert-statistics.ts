import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requirePermission } from "@/lib/access/require";
import { db } from "@/lib/server/db";

/** The back office's alert volumes: subscriptions by status and frequency, confirmations, mails, addresses. */
export async function alertStatistics(actor: Actor | null, now = new Date()) {
  requirePermission(actor, "read:alerts:any");
  const since = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const [byStatus, confirmed7, confirmed30, mails7, mails30, vacancies30, addresses, confirmedAddresses] =
    await Promise.all([
      db.alertSubscription.groupBy({ by: ["status", "frequency"], _count: { _all: true } }),
      db.alertSubscription.count({ where: { confirmedAt: { gte: since(7) } } }),
      db.alertSubscription.count({ where: { confirmedAt: { gte: since(30) } } }),
      db.mailMessage.count({ where: { kind: "alert-digest", createdAt: { gte: since(7) } } }),
      db.mailMessage.count({ where: { kind: "alert-digest", createdAt: { gte: since(30) } } }),
      db.alertDelivery.count({ where: { createdAt: { gte: since(30) } } }),
      db.alertAddress.count(),
      db.alertAddress.count({ where: { confirmedAt: { not: null } } }),
    ]);
  const count = (status: string, frequency: string) =>
    byStatus.find((row) => row.status === status && row.frequency === frequency)?._count._all ?? 0;
  return {
    subscriptions: (["ACTIVE", "PENDING", "ENDED"] as const).map((status) => ({
      status,
      IMMEDIATE: count(status, "IMMEDIATE"),
      DAILY: count(status, "DAILY"),
    })),
    confirmations: { days7: confirmed7, days30: confirmed30 },
    mails: { days7: mails7, days30: mails30 },
    vacanciesMailed30: vacancies30,
    addresses: { all: addresses, confirmed: confirmedAddresses },
  };
}
