import { z } from "zod";
import { CountryCode, Currency, EmploymentType, Sector } from "@/lib/generated/prisma/enums";

// What a seeker can ask: parsed from the URL (every state is in the URL: shareable, back button works),
// shared by the search page, the JSON endpoint and both engines. Unknown or malformed values are dropped.

export const sortOrders = ["relevance", "newest", "salary"] as const;
export type SortOrder = (typeof sortOrders)[number];
export const searchPageSize = 20;
export const maxSearchPage = 50;
export const postedWithinChoices = [1, 3, 7, 30] as const;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blank = (value: unknown) => {
  const v = first(value);
  return typeof v === "string" && v.trim() === "" ? undefined : v;
};
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional().catch(undefined));
const flag = z
  .preprocess((v) => first(v) === "1" || first(v) === "true" || first(v) === "on", z.boolean())
  .catch(false);

export const searchQuerySchema = z.object({
  // Control characters (NUL among them, which PostgreSQL refuses) mean nothing in a search: dropped.
  q: lenient(
    z
      .string()
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, " "))
      .pipe(z.string().trim().min(1).max(100)),
  ),
  country: lenient(z.enum(CountryCode)),
  region: lenient(z.string().regex(/^K[GZ]-[A-Z0-9]{1,3}$/)),
  city: lenient(z.string().regex(/^K[GZ]-[A-Z0-9]{1,3}-[A-Z0-9-]{2,30}$/)),
  occupation: lenient(z.string().regex(/^\d{4}$/)),
  group: lenient(z.string().regex(/^\d$/)),
  sector: lenient(z.enum(Sector)),
  type: lenient(z.enum(EmploymentType)),
  /** "pays at least this much per month", in `currency` */
  pay: lenient(z.coerce.number().int().positive().max(100_000_000)),
  currency: lenient(z.enum(Currency)),
  housing: flag,
  open: flag,
  verified: flag,
  noAgencies: flag,
  days: lenient(
    z.coerce
      .number()
      .int()
      .refine((d) => (postedWithinChoices as readonly number[]).includes(d)),
  ),
  sort: z.preprocess(blank, z.enum(sortOrders).catch("relevance").default("relevance")),
  // A page past the last one allowed is the last one (the page then redirects to the last with results).
  page: z.preprocess(
    first,
    z.coerce
      .number()
      .int()
      .min(1)
      .catch(1)
      .default(1)
      .transform((page) => Math.min(page, maxSearchPage)),
  ),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;

export function parseSearchQuery(params: Record<string, string | string[] | undefined>): SearchQuery {
  return searchQuerySchema.parse(params);
}

/** The filter keys a seeker can remove one by one (chips), in display order. */
export const filterKeys = [
  "country",
  "region",
  "city",
  "group",
  "occupation",
  "sector",
  "type",
  "pay",
  "housing",
  "open",
  "verified",
  "noAgencies",
  "days",
] as const;
export type FilterKey = (typeof filterKeys)[number];

/** The URL query for a search (defaults left out, so links stay short and canonical). */
export function searchQueryString(
  query: Partial<SearchQuery>,
  changes: Partial<Record<keyof SearchQuery, unknown>> = {},
): string {
  const merged = { ...query, ...changes } as Record<string, unknown>;
  const params = new URLSearchParams();
  if (merged.q) params.set("q", String(merged.q));
  for (const key of filterKeys) {
    const value = merged[key];
    if (value === undefined || value === null || value === false || value === "") continue;
    params.set(key, value === true ? "1" : String(value));
  }
  if (merged.pay && merged.currency) params.set("currency", String(merged.currency));
  if (merged.sort && merged.sort !== "relevance") params.set("sort", String(merged.sort));
  if (merged.page && Number(merged.page) > 1) params.set("page", String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Whether any filter (not the text) is active. */
export function activeFilters(query: SearchQuery): FilterKey[] {
  return filterKeys.filter((key) => {
    const value = query[key];
    return value !== undefined && value !== false;
  });
}

/**
 * The same request without its empty parameters (`?q=&country=KZ` → `?country=KZ`), or null when it has none.
 * A GET form sends every field, chosen or not; the search page redirects such a request to the clean URL
 * (the forms themselves leave empty fields out when JavaScript runs: components/forms/get-form.tsx).
 * Other parameters are kept as they came, in their order.
 */
export function withoutEmptyParameters(params: Record<string, string | string[] | undefined>): string | null {
  const clean = new URLSearchParams();
  let dropped = false;
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      // Next builds searchParams on a plain object: `?constructor=x` arrives as [Object, "x"]. Only the
      // strings are the caller's.
      if (item !== undefined && typeof item !== "string") continue;
      if (item === undefined || item.trim() === "") dropped = true;
      else clean.append(key, item);
    }
  }
  if (!dropped) return null;
  const text = clean.toString();
  return text ? `?${text}` : "";
}
