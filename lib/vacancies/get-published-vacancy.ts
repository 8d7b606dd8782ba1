import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { publicVacancyWhere } from "./public-vacancy-where";
import { publishable } from "./publishable";
import { vacancyIdSchema } from "./schemas";

export const namesSelect = { nameRu: true, nameKy: true, nameKk: true, nameEn: true } as const;

/** What seekers see of the employer on a vacancy (the public page and the employer's preview). */
export const publicOrganizationSelect = {
  id: true,
  legalName: true,
  kind: true,
  countryCode: true,
  verificationState: true,
  verifiedAt: true,
  agencyLicense: true,
  website: true,
  isDemo: true,
} as const;

/** The columns a submitted vacancy always has (see publishable.ts). */
export const publicVacancyRequired = [
  "description",
  "region",
  "occupation",
  "sector",
  "employmentType",
  "validThrough",
] as const;

/** One vacancy as a seeker sees it, with every field; not_found for anything not public. */
export async function getPublishedVacancy(id: string) {
  if (!vacancyIdSchema.safeParse(id).success) throw new AppError("not_found");
  const vacancy = await db.vacancy.findFirst({
    where: { id, ...publicVacancyWhere() },
    include: {
      region: { select: { code: true, kind: true, ...namesSelect } },
      city: { select: { code: true, ...namesSelect } },
      occupation: { select: { code: true, ...namesSelect } },
      organization: { select: publicOrganizationSelect },
    },
  });
  if (!vacancy) throw new AppError("not_found");
  return publishable(vacancy, publicVacancyRequired);
}

export type PublishedVacancy = Awaited<ReturnType<typeof getPublishedVacancy>>;
