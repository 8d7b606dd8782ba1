import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { Rate } from "./convert";

/** The newest KGS→KZT rate in effect today, or null when staff have not entered one yet (pass a transaction to read inside it). */
export async function getCurrentExchangeRate(
  today: Date = new Date(),
  client: Pick<Prisma.TransactionClient, "exchangeRate"> = db,
): Promise<(Rate & { source: string }) | null> {
  const row = await client.exchangeRate.findFirst({
    where: { baseCurrency: "KGS", quoteCurrency: "KZT", effectiveDate: { lte: today } },
    orderBy: { effectiveDate: "desc" },
  });
  if (!row) return null;
  return {
    base: row.baseCurrency,
    quote: row.quoteCurrency,
    rate: row.rate.toNumber(),
    effectiveDate: row.effectiveDate,
    source: row.source,
  };
}
