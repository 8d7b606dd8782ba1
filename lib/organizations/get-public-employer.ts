import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/**
 * An employer as seekers may see it: who it is (name, kind, country, registry number), how and when the
 * portal checked it, its agency licence, since when it is here, and its open vacancies. Blocked employers
 * have no public page.
 */
export async function getPublicEmployer(id: string) {
  if (!/^[a-z0-9]{20,32}$/.test(id)) throw new AppError("not_found");
  const organization = await db.organization.findFirst({
    where: { id, blockedAt: null },
    select: {
      id: true,
      legalName: true,
      kind: true,
      countryCode: true,
      registryNumber: true,
      agencyLicense: true,
      website: true,
      address: true,
      description: true,
      verificationState: true,
      verifiedAt: true,
      verificationNote: true,
      isDemo: true,
      createdAt: true,
    },
  });
  if (!organization) throw new AppError("not_found");
  const vacancies = await db.$queryRaw<
    {
      vacancyId: string;
      title: string;
      language: string;
      regionCode: string;
      cityCode: string | null;
      publishedAt: Date;
    }[]
  >`
    SELECT "vacancyId", title, language::text, "regionCode", "cityCode", "publishedAt" FROM "VacancySearch"
    WHERE "organizationId" = ${organization.id} AND "validThrough" > now() ORDER BY "publishedAt" DESC LIMIT 100`;
  return { organization, vacancies };
}
