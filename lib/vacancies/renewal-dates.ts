// The dates an employer may extend a vacancy to, as calendar days in Central Asia (YYYY-MM-DD). One rule
// for the dashboard's date field and for the use case that enforces it. Pure, so client code may import it.
import { toLocalDate } from "./form-values";
import { maxValidityDays } from "./schemas";

const day = 86_400_000;

export type RenewalDates = {
  /** The earliest date allowed: the day after the current end (or tomorrow, for an expired vacancy). */
  min: string;
  /** What the field starts at: the current end (or today) plus 30 days, within the maximum. */
  suggested: string;
  /** The latest date allowed: today plus the longest validity. */
  max: string;
  /** False when the vacancy already runs to the latest allowed date. */
  canExtend: boolean;
};

/** An extension only moves the end date later: never earlier than it is, never past today + 90 days. */
export function renewalDates(currentEnd: Date, now: Date = new Date()): RenewalDates {
  const from = Math.max(currentEnd.getTime(), now.getTime());
  const min = toLocalDate(new Date(from + day));
  const max = toLocalDate(new Date(now.getTime() + maxValidityDays * day));
  const suggested = toLocalDate(new Date(Math.min(from + 30 * day, now.getTime() + maxValidityDays * day)));
  return { min, suggested, max, canExtend: min <= max };
}
