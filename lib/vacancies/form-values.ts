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

/** The form's values of a vacancy with its open revision (if any) laid over the stored text. */
export function vacancyWithRevisionToFormValues(vacancy: Vacancy, revision: { data: unknown } | null) {
  return { ...vacancyToFormValues(vacancy), ...((revision?.data as Record<string, unknown> | undefined) ?? {}) };
}

/**
 * A date-only field (valid through) as a moment that every time zone shows on the same calendar day: noon
 * UTC of its date in Central Asia. Format it with timeZone "UTC" (see calendarDay) — in Bishkek (UTC+6) the
 * stored end-of-day timestamp would otherwise fall on the next day.
 */
export function calendarDay(date: Date): Date {
  return new Date(`${toLocalDate(date)}T12:00:00Z`);
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
