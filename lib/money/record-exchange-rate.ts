import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { recordExchangeRateChange, announcePublicChange } from "@/lib/search/record-search-change";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { getCurrentExchangeRate } from "./get-current-exchange-rate";
import { exchangeRateSchema, largeRateChange } from "./schemas";

const dayMs = 86_400_000;

/** The day as a UTC midnight (the column is a date), or the field error for it. */
function effectiveDay(value: string, now: Date): Date {
  const day = new Date(`${value}T00:00:00Z`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  // "2026-02-31" would roll over to 3 March: only a real calendar day is accepted.
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value)
    throw invalidFields({ effectiveDate: ["validation.date"] });
  // Only rates already in force: the search index is recomputed on entry, a future rate would not be.
  if (day.getTime() > today) throw invalidFields({ effectiveDate: ["validation.dateInFuture"] });
  if (day.getTime() < today - 366 * dayMs) throw invalidFields({ effectiveDate: ["validation.dateTooOld"] });
  return day;
}

/**
 * An administrator enters the official som→tenge rate of a day (replacing that day's entry if any).
 * Pages show it at once; "highest pay first" in search is recomputed in the same transaction, and
 * Meilisearch follows through the outbox. Audited with the rate before and after.
 */
export async function recordExchangeRate(actor: Actor | null, input: unknown, now = new Date()) {
  const admin = requireAdministrator(actor);
  const values = parseInput(exchangeRateSchema, input);
  const { rate, source, confirmLargeChange } = values;
  const effectiveDate = effectiveDay(values.effectiveDate, now);

  const result = await db.$transaction(async (tx) => {
    const inForce = await getCurrentExchangeRate(now, tx);
    if (inForce && !confirmLargeChange && Math.abs(rate / inForce.rate - 1) > largeRateChange) {
      throw invalidFields({ rate: ["validation.rateJump"] });
    }
    const key = { baseCurrency: "KGS" as const, quoteCurrency: "KZT" as const, effectiveDate };
    const before = await tx.exchangeRate.findUnique({ where: { baseCurrency_quoteCurrency_effectiveDate: key } });
    const after = await tx.exchangeRate.upsert({
      where: { baseCurrency_quoteCurrency_effectiveDate: key },
      create: { ...key, rate: rate.toString(), source, createdById: admin.userId },
      update: { rate: rate.toString(), source, createdById: admin.userId },
    });
    await writeAudit(tx, {
      actor: admin,
      action: "exchange_rate.recorded",
      entityType: "ExchangeRate",
      entityId: after.id,
      before: before
        ? { rate: before.rate.toString(), effectiveDate: before.effectiveDate, source: before.source }
        : undefined,
      after: { rate: after.rate.toString(), effectiveDate: after.effectiveDate, source: after.source },
    });
    const reindexed = await recordExchangeRateChange(tx);
    return { id: after.id, reindexed };
  });
  await announcePublicChange();
  return result;
}
