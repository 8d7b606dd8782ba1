import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { db } from "@/lib/server/db";

/** The som→tenge rates entered, newest first, with who entered them (administrators only). */
export async function listExchangeRates(actor: Actor | null, limit = 30) {
  requireAdministrator(actor);
  const rates = await db.exchangeRate.findMany({
    where: { baseCurrency: "KGS", quoteCurrency: "KZT" },
    orderBy: { effectiveDate: "desc" },
    take: limit,
  });
  const authorIds = [...new Set(rates.flatMap((r) => (r.createdById ? [r.createdById] : [])))];
  const authors = new Map(
    (await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, email: true } })).map((u) => [
      u.id,
      u.email,
    ]),
  );
  return rates.map((r) => ({
    id: r.id,
    rate: r.rate.toNumber(),
    effectiveDate: r.effectiveDate,
    source: r.source,
    createdAt: r.createdAt,
    enteredBy: r.createdById ? (authors.get(r.createdById) ?? null) : null,
  }));
}
