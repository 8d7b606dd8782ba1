// A working day of 15 hours or more, read from a time range in the text: "с 6:00 до 22:00", "6.00–21.00",
// "8:00-ден 23:00-ге дейін", "с 5 утра до 9 вечера", "таңкы 6дан түнкү 2ге чейин". A range that ends before
// it starts runs past midnight. The patterns are shipped code, not an administrator's rule, and every part of
// them is bounded, so the scan stays linear in the text.
const clock = /(?<!\d)([01]?\d|2[0-4])[:.]([0-5]\d)(?!\d)[^\d\n]{1,16}?(?<!\d)([01]?\d|2[0-4])[:.]([0-5]\d)(?!\d)/g;
/** "с 5 утра до 9 вечера", "с 7 до 11 ночи": a morning hour, then an evening or night hour. */
const spoken = /(?<!\d)(\d{1,2})\s*(?:утра|ч\.?|часов)?\s*(?:до|-|–|—)\s*(\d{1,2})\s*(вечера|ночи)/gi;
/** Kyrgyz and Kazakh: "таңкы 6дан түнкү 2ге чейин", "таңғы 6-дан кешкі 10-ға дейін". */
const turkic = /таң(?:кы|ғы)\s*(\d{1,2})[^\d\n]{1,16}?(кечки|түнкү|кешкі|түнгі)\s*(\d{1,2})/gi;
const maxHours = 15;

const evening = (hour: number, word: string) => {
  const night = /ночи|түнкү|түнгі/i.test(word);
  if (night && hour <= 5) return hour + 24;
  return hour < 12 ? hour + 12 : hour;
};

export function longShift(text: string): { start: number; end: number } | null {
  for (const match of text.matchAll(clock)) {
    const [, h1, m1, h2, m2] = match;
    const minutes = (Number(h2) * 60 + Number(m2) - (Number(h1) * 60 + Number(m1)) + 24 * 60) % (24 * 60);
    if (minutes >= maxHours * 60) return { start: match.index, end: match.index + match[0].length };
  }
  for (const pattern of [spoken, turkic]) {
    for (const match of text.matchAll(pattern)) {
      const [start, end, word] = pattern === spoken ? [match[1], match[2], match[3]] : [match[1], match[3], match[2]];
      const hours = evening(Number(end), word!) - Number(start);
      if (hours >= maxHours) return { start: match.index, end: match.index + match[0].length };
    }
  }
  return null;
}
