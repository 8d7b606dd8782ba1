import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { pageSize, type VacancyListFilters } from "./schemas";
import { publicVacancyWhere } from "./public-vacancy-where";
import { publishable } from "./publishable";

export const vacancySummarySelect = {
  id: true,
  title: true,
  language: true,
  countryCode: true,
  sector: true,
  employmentType: true,
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryPeriod: true,
  housingProvided: true,
  mealsProvided: true,
  openToOtherCountry: true,
  publishedAt: true,
  positions: true,
  region: { select: { code: true, kind: true, nameRu: true, nameKy: true, nameKk: true, nameEn: true } },
  city: { select: { code: true, nameRu: true, nameKy: true, nameKk: true, nameEn: true } },
  organization: { select: { id: true, legalName: true, kind: true, verificationState: true, isDemo: true } },
} satisfies Prisma.VacancySelect;

const summaryRequired = ["region", "sector", "employmentType"] as const;
type SummaryRow = Prisma.VacancyGetPayload<{ select: typeof vacancySummarySelect }>;
export type VacancySummary = ReturnType<typeof publishable<SummaryRow, (typeof summaryRequired)[number]>>;

export function toVacancySummary(row: SummaryRow): VacancySummary {
  return publishable(row, summaryRequired);
}

export function vacancyListWhere(filters: VacancyListFilters, now = new Date()): Prisma.VacancyWhereInput {
  const where: Prisma.VacancyWhereInput = { ...publicVacancyWhere(now) };
  if (filters.country) where.countryCode = filters.country;
  if (filters.region) where.regionCode = filters.region;
  if (filters.sector) where.sector = filters.sector;
  if (filters.employmentType) where.employmentType = filters.employmentType;
  // Interim text match on the title (trigram index) until the search engines of issue #4 take over.
  if (filters.q) where.title = { contains: filters.q, mode: "insensitive" };
  return where;
}

/** A page of published vacancies, newest first, with the total for paging. */
export async function findPublishedVacancies(filters: VacancyListFilters) {
  const where = vacancyListWhere(filters);
  const [total, rows] = await Promise.all([
    db.vacancy.count({ where }),
    db.vacancy.findMany({
      where,
      select: vacancySummarySelect,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (filters.page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { items: rows.map(toVacancySummary), total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
