import { maxValidityDays } from "./schemas";

/** The date input's bounds: today to 90 days ahead (the server checks the same). */
export function validThroughBounds(now = new Date()) {
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return { minDate: day(0), maxDate: day(maxValidityDays) };
}
