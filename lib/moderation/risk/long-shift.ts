// A working day of 15 hours or more, read from a time range in the text: "с 6:00 до 22:00", "6.00–21.00",
// "8:00-ден 23:00-ге дейін". A range that ends before it starts runs past midnight. RE2 keeps the scan linear.
import { linearPattern } from "./linear-pattern";

const range = String.raw`\b([01]?\d|2[0-4])[:.]([0-5]\d)\b[^\d\n]{1,16}?\b([01]?\d|2[0-4])[:.]([0-5]\d)\b`;
const maxHours = 15;

export function longShift(text: string): { start: number; end: number } | null {
  const pattern = linearPattern(range)!;
  let from = 0;
  while (from < text.length) {
    const match = pattern.firstMatch(text, from);
    if (!match) return null;
    const found = text.slice(match.start, match.end);
    const [, h1, m1, h2, m2] = new RegExp(range).exec(found) ?? [];
    const minutes = (Number(h2) * 60 + Number(m2) - (Number(h1) * 60 + Number(m1)) + 24 * 60) % (24 * 60);
    if (minutes >= maxHours * 60) return match;
    from = match.end;
  }
  return null;
}
