import "server-only";
import { db } from "@/lib/server/db";
import { publicVacancyWhere } from "@/lib/vacancies/public-vacancy-where";
import { itemsPerSitemap } from "./sitemap-xml";

/**
 * One part of the vacancy sitemap: public vacancies in id order, `itemsPerSitemap` from `chunk × itemsPerSitemap`.
 * lastModified is updatedAt, which only the employer's and the moderators' changes move (views do not).
 */
export async function listSitemapVacancies(chunk: number): Promise<{ id: string; lastModified: Date }[]> {
  const rows = await db.vacancy.findMany({
    where: publicVacancyWhere(),
    select: { id: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip: chunk * itemsPerSitemap,
    take: itemsPerSitemap,
  });
  return rows.map((row) => ({ id: row.id, lastModified: row.updatedAt }));
}
