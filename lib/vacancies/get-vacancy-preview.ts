import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireEmployer } from "@/lib/access/require";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { vacancyToFormValues } from "./form-values";
import { findOwnVacancy } from "./own-vacancy";
import { publishable } from "./publishable";
import { vacancySubmitSchema } from "./schemas";
import { toVacancyColumns } from "./vacancy-data";

const namesSelect = { nameRu: true, nameKy: true, nameKk: true, nameEn: true } as const;

/**
 * The employer's own vacancy as seekers would see it once approved: a draft, a vacancy waiting for review,
 * or the open edit of a published one (its revision laid over the published text). Only the organisation's
 * own vacancies (found with the organisation in the query). A vacancy that could not be submitted yet is
 * not previewed: the answer lists the fields still to fill in.
 */
export async function getVacancyPreview(actor: Actor | null, vacancyId: string) {
  const employer = requireEmployer(actor);
  const vacancy = await findOwnVacancy(db, employer, vacancyId);
  const revision = await db.vacancyRevision.findFirst({
    where: { vacancyId: vacancy.id, status: { in: ["DRAFT", "PENDING_REVIEW", "REJECTED"] } },
    orderBy: { updatedAt: "desc" },
  });
  const values = {
    ...vacancyToFormValues(vacancy),
    ...((revision?.data as Record<string, unknown> | undefined) ?? {}),
  };
  const status = { vacancy: vacancy.status, revision: revision?.status ?? null };
  const parsed = vacancySubmitSchema.safeParse(values);
  if (!parsed.success) {
    return { complete: false as const, status, missing: Object.keys(fieldErrorsOf(parsed.error)) };
  }
  const columns = toVacancyColumns(parsed.data);
  const [region, city, occupation, organization] = await Promise.all([
    db.region.findUniqueOrThrow({
      where: { code: columns.regionCode! },
      select: { code: true, kind: true, ...namesSelect },
    }),
    columns.cityCode
      ? db.city.findUnique({ where: { code: columns.cityCode }, select: { code: true, ...namesSelect } })
      : null,
    db.occupation.findUniqueOrThrow({
      where: { code: columns.occupationCode! },
      select: { code: true, ...namesSelect },
    }),
    db.organization.findUniqueOrThrow({
      where: { id: employer.organizationId },
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
    }),
  ]);
  const decimal = (value: number | null) => (value === null ? null : new Prisma.Decimal(value));
  const preview = publishable(
    {
      ...vacancy,
      ...columns,
      salaryMin: decimal(columns.salaryMin),
      salaryMax: decimal(columns.salaryMax),
      validThrough: columns.validThrough ?? vacancy.validThrough,
      region,
      city,
      occupation,
      organization,
    },
    ["description", "region", "occupation", "sector", "employmentType", "validThrough"] as const,
  );
  return { complete: true as const, status, vacancy: preview };
}
