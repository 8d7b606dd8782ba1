import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { marketLevels, marketMinimumSample } from "./market-levels";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * Median monthly pay of an occupation in a country and currency, from the public base itself. With fewer than
 * five vacancies to compare with, it falls back to the occupation's ISCO-08 groups (3-digit minor group, then
 * 2- and 1-digit), then to the whole country: a rare occupation is still compared with its neighbours rather
 * than not at all. Null when even the country has too few vacancies. One query computes every level.
 */
export async function marketMedian(
  client: Client,
  occupationCode: string | null | undefined,
  countryCode: string,
  currency: string,
): Promise<number | null> {
  const levels = marketLevels(occupationCode ?? "");
  const rows = await client.$queryRaw<{ level: string; median: number | null; n: number }[]>`
    SELECT level, percentile_cont(0.5) WITHIN GROUP (ORDER BY "salaryTop")::float AS median, count(*)::int AS n
    FROM unnest(${levels}::text[]) AS level
    JOIN "VacancySearch" ON starts_with("occupationCode", level)
    WHERE "countryCode" = ${countryCode}::"CountryCode" AND "salaryCurrency" = ${currency}::"Currency"
      AND "salaryPeriod" = 'MONTH' AND "salaryTop" IS NOT NULL
    GROUP BY level`;
  for (const level of levels) {
    const row = rows.find((r) => r.level === level);
    if (row && row.n >= marketMinimumSample) return row.median;
  }
  return null;
}
