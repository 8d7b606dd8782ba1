// A length of time as messages say it: the largest whole unit and a count, for ICU messages of the form
// `{unit, select, days {…} hours {…} minutes {…} other {…}}` with a plural on `count` ("ждёт 6 минут",
// "попробуйте через 4 секунды"). Pure: pages, forms and use cases share it.

export type DurationUnit = "days" | "hours" | "minutes" | "seconds";

/** Rounded up (a wait: "in 2 minutes" for 61 s) or down (an age: "waiting 1 minute" for 119 s). */
export function durationParams(
  seconds: number,
  options: { round: "up" | "down"; largest?: DurationUnit } = { round: "up" },
): { unit: DurationUnit; count: number } {
  const round = options.round === "up" ? Math.ceil : Math.floor;
  const units: [DurationUnit, number][] = [
    ["days", 86_400],
    ["hours", 3_600],
    ["minutes", 60],
  ];
  const allowed = options.largest ? units.slice(units.findIndex(([unit]) => unit === options.largest)) : units;
  for (const [unit, size] of allowed) if (seconds >= size) return { unit, count: round(seconds / size) };
  return { unit: "seconds", count: Math.max(1, round(seconds)) };
}

/** How a wait is said: the largest whole unit up to hours, rounded up ("in 24 hours", "in 15 minutes"). */
export function waitParams(seconds: number) {
  return durationParams(seconds, { round: "up", largest: "hours" });
}
