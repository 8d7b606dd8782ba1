import "server-only";
import { z } from "zod";
import { checkbox } from "@/lib/forms/checkbox";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { requireAdministrator } from "@/lib/moderation/staff";
import { recordExchangeRateChange, requestSearchSync } from "@/lib/search/record-search-change";
import type { Actor } from "@/lib/server/actor";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getCurrentExchangeRate } from "./get-current-exchange-rate";

const dayMs = 86_400_000;
/** A rate that moves more than this from the one in force needs an explicit confirmation (a slipped digit: 59 for 5.9). */
export const largeRateChange = 0.25;

/** Form input: "5,92" as typed in Russian is accepted as 5.92. */
const decimal = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().replace(",", ".") : v),
  z.coerce.number({ error: "validation.number" }),
);

export const exchangeRateSchema = z.object({
  // Tenge for one som. Realistic values are 5–7; the bounds only catch a wrong unit or a missing comma.
  rate: decimal.pipe(z.number().min(1, "validation.rateImplausible").max(50, "validation.rateImplausible")),
  effectiveDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date"),
  source: z.string().trim().min(3, "validation.required").max(200, "validation.tooLong"),
  confirmLargeChange: checkbox,
});

/** The day as a UTC midnight (the column is a date), or the field error for it. */
function effectiveDay(value: string, now: Date): Date {
  const day = new Date(`${value}T00:00:00Z`);
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  // "2026-02-31" would roll over to 3 March: only a real calendar day is accepted.
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value)
    throw invalid({ effectiveDate: ["validation.date"] });
  // Only rates already in force: the search index is recomputed on entry, a future rate would not be.
  if (day.getTime() > today) throw invalid({ effectiveDate: ["validation.dateInFuture"] });
  if (day.getTime() < today - 366 * dayMs) throw invalid({ effectiveDate: ["validation.dateTooOld"] });
  return day;
}

function invalid(fields: Record<string, string[]>) {
  return new AppError("invalid", "exchange rate", { fields });
}

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

/**
 * An administrator enters the official som→tenge rate of a day (replacing that day's entry if any).
 * Pages show it at once; "highest pay first" in search is recomputed in the same transaction, and
 * Meilisearch follows through the outbox. Audited with the rate before and after.
 */
export async function recordExchangeRate(actor: Actor | null, input: unknown, now = new Date()) {
  const admin = requireAdministrator(actor);
  const parsed = exchangeRateSchema.safeParse(input);
  if (!parsed.success) throw invalid(fieldErrorsOf(parsed.error));
  const { rate, source, confirmLargeChange } = parsed.data;
  const effectiveDate = effectiveDay(parsed.data.effectiveDate, now);

  const result = await db.$transaction(async (tx) => {
    const inForce = await getCurrentExchangeRate(now, tx);
    if (inForce && !confirmLargeChange && Math.abs(rate / inForce.rate - 1) > largeRateChange) {
      throw invalid({ rate: ["validation.rateJump"] });
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
  await requestSearchSync();
  return result;
}
