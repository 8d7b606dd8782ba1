import type { Vacancy } from "@/lib/generated/prisma/client";

/** A stored vacancy (or a revision's data) as the form's initial values (strings, dates as YYYY-MM-DD). */
export function vacancyToFormValues(vacancy: Vacancy): Record<string, unknown> {
  const { salaryMin, salaryMax, validThrough, ...rest } = vacancy;
  return {
    ...rest,
    salaryMin: salaryMin?.toString(),
    salaryMax: salaryMax?.toString(),
    validThrough: validThrough ? toLocalDate(validThrough) : undefined,
  };
}

/** The calendar date in Central Asia (UTC+5) of a stored end-of-day timestamp. */
export function toLocalDate(date: Date): string {
  return new Date(date.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
}

/** A form value as one line of text for comparisons and diffs ("—" when empty, lists joined). */
export function showFormValue(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  return Array.isArray(value) ? value.join(", ") : String(value);
}
