import "server-only";
import { db } from "@/lib/server/db";
import { publicVacancyWhere } from "@/lib/vacancies/public-vacancy-where";

/**
 * What the sitemap index needs: how many public vacancies and employers with one there are, and when the
 * newest of them changed. Public data: no actor.
 */
export async function getSitemapIndex() {
  const where = publicVacancyWhere();
  const [vacancies, employers, newest] = await Promise.all([
    db.vacancy.count({ where }),
    db.organization.count({ where: { vacancies: { some: where } } }),
    db.vacancy.aggregate({ where, _max: { updatedAt: true } }),
  ]);
  return { vacancies, employers, lastModified: newest._max.updatedAt ?? undefined };
}
