import "server-only";
import { db } from "@/lib/server/db";
import { publicVacancyWhere } from "./public-vacancy-where";

/** Published vacancy counts by country and by sector, for the home page. */
export async function countPublishedVacancies() {
  const rows = await db.vacancy.groupBy({
    by: ["countryCode", "sector"],
    where: publicVacancyWhere(),
    _count: { _all: true },
  });
  const byCountry: Record<string, number> = {};
  const bySector: Record<string, number> = {};
  let total = 0;
  for (const row of rows) {
    const count = row._count._all;
    byCountry[row.countryCode] = (byCountry[row.countryCode] ?? 0) + count;
    if (row.sector) bySector[row.sector] = (bySector[row.sector] ?? 0) + count;
    total += count;
  }
  return { total, byCountry, bySector };
}
