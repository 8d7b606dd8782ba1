// A working day of 15 hours or more, read from a time range in the text: "с 6:00 до 22:00", "6.00–21.00",
// "8:00-ден 23:00-ге дейін". A range that ends before it starts runs past midnight. The pattern is shipped code,
// not an administrator's rule, and every part of it is bounded, so the scan stays linear in the text.
const range = /(?<!\d)([01]?\d|2[0-4])[:.]([0-5]\d)(?!\d)[^\d\n]{1,16}?(?<!\d)([01]?\d|2[0-4])[:.]([0-5]\d)(?!\d)/g;
const maxHours = 15;

export function longShift(text: string): { start: number; end: number } | null {
  for (const match of text.matchAll(range)) {
    const [, h1, m1, h2, m2] = match;
    const minutes = (Number(h2) * 60 + Number(m2) - (Number(h1) * 60 + Number(m1)) + 24 * 60) % (24 * 60);
    if (minutes >= maxHours * 60) return { start: match.index, end: match.index + match[0].length };
  }
  return null;
}
