import "server-only";
import type { Actor } from "@/lib/access/actor";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { vacancyWithRevisionToFormValues } from "./form-values";
import { getOrganizationVacancy } from "./get-organization-vacancy";
import { namesSelect, publicOrganizationSelect, publicVacancyRequired } from "./get-published-vacancy";
import { publishable } from "./publishable";
import { vacancySubmitSchema } from "./schemas";
import { toVacancyColumns } from "./vacancy-data";

/**
 * The employer's own vacancy as seekers would see it once approved: a draft, a vacancy waiting for review,
 * or the open edit of a published one (its revision laid over the published text). Only the organisation's
 * own vacancies (found with the organisation in the query). A vacancy that could not be submitted yet is
 * not previewed: the answer lists the fields still to fill in.
 */
export async function getVacancyPreview(actor: Actor | null, vacancyId: string) {
  const { vacancy, revision } = await getOrganizationVacancy(actor, vacancyId);
  const values = vacancyWithRevisionToFormValues(vacancy, revision);
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
    db.organization.findUniqueOrThrow({ where: { id: vacancy.organizationId }, select: publicOrganizationSelect }),
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
    publicVacancyRequired,
  );
  return { complete: true as const, status, vacancy: preview };
}
