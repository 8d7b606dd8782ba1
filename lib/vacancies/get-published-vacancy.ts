import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { publicVacancyWhere } from "./public-vacancy-where";
import { publishable } from "./publishable";
import { vacancyIdSchema } from "./schemas";

const namesSelect = { nameRu: true, nameKy: true, nameKk: true, nameEn: true } as const;

/** One vacancy as a seeker sees it, with every field; not_found for anything not public. */
export async function getPublishedVacancy(id: string) {
  if (!vacancyIdSchema.safeParse(id).success) throw new AppError("not_found");
  const vacancy = await db.vacancy.findFirst({
    where: { id, ...publicVacancyWhere() },
    include: {
      region: { select: { code: true, kind: true, ...namesSelect } },
      city: { select: { code: true, ...namesSelect } },
      occupation: { select: { code: true, ...namesSelect } },
      organization: {
        select: {
          id: true,
          legalName: true,
          kind: true,
          countryCode: true,
          verificationState: true,
          verifiedAt: true,
          agencyLicense: true,
          website: true,
          isDemo: true,
        },
      },
    },
  });
  if (!vacancy) throw new AppError("not_found");
  return publishable(vacancy, [
    "description",
    "region",
    "occupation",
    "sector",
    "employmentType",
    "validThrough",
  ] as const);
}

export type PublishedVacancy = Awaited<ReturnType<typeof getPublishedVacancy>>;
