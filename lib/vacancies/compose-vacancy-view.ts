import "server-only";
import { fieldErrorsOf } from "@/lib/forms/field-errors";
import { Prisma, type Vacancy } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { toLocalDate, vacancyWithRevisionToFormValues } from "./form-values";
import { namesSelect, publicOrganizationSelect, publicVacancyRequired } from "./get-published-vacancy";
import { publishable } from "./publishable";
import { vacancySubmitSchema } from "./schemas";
import { toVacancyColumns } from "./vacancy-data";

/**
 * A vacancy as seekers will see it once approved: the stored text with its open revision (if any) laid
 * over it, with the names of its place, occupation and employer. The employer's preview and the
 * moderator's review both show this, so neither can drift from the public page. A text that could not be
 * submitted yet has no view: the answer lists the fields still missing. Callers check access first.
 * `keepStoredDate`: a moderator reads a closed or expired vacancy as it was; its valid-through date having
 * passed does not make it incomplete (an employer's preview, in contrast, asks for a new date).
 */
export async function composeVacancyView(
  vacancy: Vacancy,
  revision: { data: unknown } | null,
  options: { keepStoredDate?: boolean } = {},
) {
  const values = vacancyWithRevisionToFormValues(vacancy, revision);
  const stored = options.keepStoredDate ? values.validThrough : undefined;
  // A date the submit check accepts stands in for the stored one while checking the rest of the text.
  if (stored !== undefined) values.validThrough = toLocalDate(new Date(Date.now() + 86_400_000));
  const parsed = vacancySubmitSchema.safeParse(values);
  if (!parsed.success) return { complete: false as const, missing: Object.keys(fieldErrorsOf(parsed.error)) };
  const columns = toVacancyColumns(
    stored === undefined ? parsed.data : { ...parsed.data, validThrough: String(stored) },
  );
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
  const view = publishable(
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
  return { complete: true as const, vacancy: view };
}
