import "server-only";
import { db } from "@/lib/server/db";
import { publicVacancyWhere } from "@/lib/vacancies/public-vacancy-where";
import { itemsPerSitemap } from "./sitemap-xml";

/**
 * One part of the employer sitemap: organisations with at least one public vacancy (the others have no public
 * page worth finding), in id order; lastModified is the newest change among those vacancies.
 */
export async function listSitemapEmployers(chunk: number): Promise<{ id: string; lastModified: Date }[]> {
  const groups = await db.vacancy.groupBy({
    by: ["organizationId"],
    where: publicVacancyWhere(),
    _max: { updatedAt: true },
    orderBy: { organizationId: "asc" },
    skip: chunk * itemsPerSitemap,
    take: itemsPerSitemap,
  });
  return groups.map((group) => ({ id: group.organizationId, lastModified: group._max.updatedAt! }));
}
