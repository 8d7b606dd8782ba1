import { auditFilterFields, type AuditFilter } from "./schemas";

/** The URL query of a filter (and page): what links to other pages and the CSV export carry. */
export function auditQueryString(filter: Partial<Record<keyof AuditFilter, string>>, page?: number): string {
  const params = new URLSearchParams();
  for (const field of auditFilterFields) {
    const value = filter[field];
    if (value) params.set(field, value);
  }
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** What the URL's filter parameters say, as typed (kept in the form even when a value is refused). */
export type AuditFilterValues = Partial<Record<(typeof auditFilterFields)[number], string>>;

/** The filter parameters of a URL query, first value of each, cut to a sane length for showing back. */
export function auditFilterValues(query: Record<string, string | string[] | undefined>): AuditFilterValues {
  const values: AuditFilterValues = {};
  for (const field of auditFilterFields) {
    const value = Object.hasOwn(query, field) ? query[field] : undefined;
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first !== "") values[field] = first.slice(0, 300);
  }
  return values;
}
