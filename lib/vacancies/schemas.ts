import { z } from "zod";
import { CountryCode, EmploymentType, Sector } from "@/lib/generated/prisma/enums";

export const countryCodes = Object.values(CountryCode);
export const sectors = Object.values(Sector);
export const employmentTypes = Object.values(EmploymentType);
export const pageSize = 20;
export const maxPage = 500;

/** A filter value from the URL: an unknown or malformed value is dropped rather than failing the page. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => {
  const v = first(value);
  return typeof v === "string" && v.trim() === "" ? undefined : v;
};

/** The public list's filters, parsed from the query string (shared by the filter form and the server). */
export const vacancyListFiltersSchema = z.object({
  q: z.preprocess(blankToUndefined, lenient(z.string().trim().max(100))),
  country: z.preprocess(blankToUndefined, lenient(z.enum(CountryCode))),
  region: z.preprocess(blankToUndefined, lenient(z.string().regex(/^K[GZ]-[A-Z0-9]{1,3}$/))),
  sector: z.preprocess(blankToUndefined, lenient(z.enum(Sector))),
  employmentType: z.preprocess(blankToUndefined, lenient(z.enum(EmploymentType))),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(maxPage).catch(1)),
});

export type VacancyListFilters = z.infer<typeof vacancyListFiltersSchema>;

export function parseVacancyListFilters(searchParams: Record<string, string | string[] | undefined>): VacancyListFilters {
  return vacancyListFiltersSchema.parse(searchParams);
}

/** The query string for filters (page 1 is implied), used by links that keep the other filters. */
export function vacancyListQuery(filters: Partial<VacancyListFilters>): string {
  const params = new URLSearchParams();
  for (const key of ["q", "country", "region", "sector", "employmentType"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export const vacancyIdSchema = z.string().regex(/^[a-z0-9]{20,32}$/);
