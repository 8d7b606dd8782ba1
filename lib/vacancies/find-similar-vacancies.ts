import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

export type SimilarVacancy = {
  vacancyId: string;
  title: string;
  language: string;
  organizationName: string;
  regionCode: string;
  cityCode: string | null;
  countryCode: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: "KGS" | "KZT";
  salaryPeriod: "MONTH" | "DAY" | "HOUR" | "SHIFT" | "PIECE";
};

/**
 * Other public vacancies of the same occupation, nearby places first (same town, region, country), then the
 * newest; the same occupation group when the occupation alone has too few. From the search index, among
 * the newest `candidates` of the occupation (an index scan): a common occupation has thousands of
 * vacancies, and ranking all of them by place read every one of their rows (45 ms at 100 000 vacancies,
 * on every uncached vacancy page). A nearby vacancy older than the newest 200 is not offered; by then
 * fresher ones of the same occupation are.
 */
type Row = Omit<SimilarVacancy, "salaryMin" | "salaryMax"> & { salaryMin: string | null; salaryMax: string | null };

const candidates = 200;

export async function findSimilarVacancies(
  vacancy: { id: string; occupationCode: string; countryCode: string; regionCode: string; cityCode: string | null },
  limit = 5,
): Promise<SimilarVacancy[]> {
  const nearbyFirst = (same: Prisma.Sql) => db.$queryRaw<Row[]>`
    SELECT "vacancyId", title, language::text, "organizationName", "regionCode", "cityCode", "countryCode"::text,
      "salaryMin"::text, "salaryMax"::text, "salaryCurrency"::text, "salaryPeriod"::text
    FROM (
      SELECT * FROM "VacancySearch"
      WHERE ${same} AND "vacancyId" <> ${vacancy.id} AND "validThrough" > now()
      ORDER BY "publishedAt" DESC LIMIT ${candidates}
    ) newest
    ORDER BY ("cityCode" IS NOT NULL AND "cityCode" = ${vacancy.cityCode}) DESC, ("regionCode" = ${vacancy.regionCode}) DESC,
      ("countryCode"::text = ${vacancy.countryCode}) DESC, "publishedAt" DESC
    LIMIT ${limit}`;
  const rows = await nearbyFirst(Prisma.sql`"occupationCode" = ${vacancy.occupationCode}`);
  if (rows.length < limit) {
    const group = Prisma.sql`"majorGroup" = ${vacancy.occupationCode.slice(0, 1)} AND "occupationCode" <> ${vacancy.occupationCode}`;
    rows.push(...(await nearbyFirst(group)).slice(0, limit - rows.length));
  }
  return rows.map((row) => ({
    ...row,
    salaryMin: row.salaryMin === null ? null : Number(row.salaryMin),
    salaryMax: row.salaryMax === null ? null : Number(row.salaryMax),
  }));
}
