import { describe, expect, it } from "vitest";
import { isNewestFirst, parseAtom } from "../../e2e/support/atom";
import { atomFeedXml, lastUpdated, rfc3339, xmlText, type AtomEntry, type AtomFeed } from "./atom-feed";

const origin = "https://jobs.example.kg";
const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
  id: `${origin}/ru/vacancies/v1`,
  url: `${origin}/ru/vacancies/v1`,
  title: "Водитель категории C",
  language: "ru",
  author: "ТОО «Жол»",
  published: new Date("2026-11-29T08:00:00Z"),
  updated: new Date("2026-11-29T08:00:00Z"),
  summary: "ТОО «Жол» · Алматы, Казахстан · от 300 000 тенге в месяц",
  ...overrides,
});
const feed = (entries: AtomEntry[], overrides: Partial<AtomFeed> = {}): AtomFeed => ({
  id: `${origin}/ru/vacancies/feed?q=водитель&country=KZ`,
  title: "Вакансии: водитель — Казахстан",
  subtitle: "Новые вакансии по этому поиску",
  language: "ru",
  selfUrl: `${origin}/ru/vacancies/feed?q=водитель&country=KZ`,
  pageUrl: `${origin}/ru/vacancies?q=водитель&country=KZ&sort=newest`,
  author: { name: "Работа КР–РК", uri: `${origin}/ru` },
  generator: { name: "Работа КР–РК", uri: origin },
  updated: lastUpdated(entries, new Date("2026-11-30T12:00:00Z")),
  entries,
  ...overrides,
});

describe("xmlText", () => {
  it("escapes markup in text and attribute values", () => {
    expect(xmlText(`<b>"Tom" & 'Jerry'</b>`)).toBe("&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;");
  });
  it("removes the characters XML 1.0 cannot carry and keeps tabs, new lines and every script", () => {
    expect(xmlText("a\u0000b\u0008c\u000bd\u001fe\u007ff\u0085g\ufffeh\uffffi")).toBe("abcdefghi");
    expect(xmlText("lone \ud800 surrogate \udc00")).toBe("lone  surrogate ");
    expect(xmlText("tab\tline\nreturn\r")).toBe("tab\tline\nreturn\r");
    expect(xmlText("Жұмыс 💼 ӨҮҢ")).toBe("Жұмыс 💼 ӨҮҢ");
  });
});

describe("atomFeedXml", () => {
  it("writes a valid Atom feed: namespace, language, required elements, absolute ids, RFC 3339 dates", () => {
    const older = entry({ id: `${origin}/ru/vacancies/v2`, url: `${origin}/ru/vacancies/v2` });
    const newer = entry({ published: new Date("2026-11-30T09:30:00Z"), updated: new Date("2026-11-30T09:30:00Z") });
    const xml = atomFeedXml(feed([newer, older]));
    const parsed = parseAtom(xml);
    expect(parsed.problems).toEqual([]);
    expect(parsed.lang).toBe("ru");
    expect(parsed.title).toBe("Вакансии: водитель — Казахстан");
    expect(parsed.updated).toBe("2026-11-30T09:30:00.000Z");
    expect(parsed.links).toContainEqual({ rel: "self", type: "application/atom+xml", href: feed([]).selfUrl });
    expect(parsed.links).toContainEqual({ rel: "alternate", type: "text/html", href: feed([]).pageUrl });
    expect(parsed.entries).toHaveLength(2);
    expect(isNewestFirst(parsed.entries)).toBe(true);
    expect(parsed.entries[0]).toMatchObject({
      id: `${origin}/ru/vacancies/v1`,
      title: "Водитель категории C",
      titleLang: "ru",
      published: "2026-11-30T09:30:00.000Z",
      authors: ["ТОО «Жол»"],
      links: [{ rel: "alternate", type: "text/html", href: `${origin}/ru/vacancies/v1` }],
      summary: "ТОО «Жол» · Алматы, Казахстан · от 300 000 тенге в месяц",
    });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
  });

  it("keeps a feed without entries valid, updated now", () => {
    const parsed = parseAtom(atomFeedXml(feed([])));
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toEqual([]);
    expect(parsed.updated).toBe("2026-11-30T12:00:00.000Z");
  });

  it("carries hostile titles and employers as text: no markup, no broken XML, the words intact", () => {
    const hostile = `</title><script>alert("x")</script>&amp; ]]> <![CDATA[ \u0000\u0001 ${"\u202e"}Водитель`;
    const xml = atomFeedXml(
      feed(
        [entry({ title: hostile, author: `ИП "<Ахмед>" & сыновья\u0007`, summary: hostile, language: 'ru" x="y' })],
        {
          title: `Вакансии: ${hostile}`,
        },
      ),
    );
    const parsed = parseAtom(xml);
    expect(parsed.problems).toEqual([]);
    expect(xml).not.toContain("<script>");
    const expected = `</title><script>alert("x")</script>&amp; ]]> <![CDATA[  ${"\u202e"}Водитель`;
    expect(parsed.entries[0]!.title).toBe(expected);
    expect(parsed.entries[0]!.summary).toBe(expected);
    expect(parsed.entries[0]!.titleLang).toBe('ru" x="y');
    expect(parsed.entries[0]!.authors).toEqual([`ИП "<Ахмед>" & сыновья`]);
    expect(parsed.title).toBe(`Вакансии: ${expected}`);
  });

  it("escapes the ampersands of query strings in links and ids", () => {
    const xml = atomFeedXml(feed([]));
    expect(xml).toContain("feed?q=водитель&amp;country=KZ");
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});

describe("rfc3339 and lastUpdated", () => {
  it("writes UTC date-times", () => {
    expect(rfc3339(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe("2026-01-02T03:04:05.000Z");
  });
  it("is the newest entry's date whatever the order, or now", () => {
    const now = new Date("2026-12-01T00:00:00Z");
    const a = { updated: new Date("2026-11-01T00:00:00Z") };
    const b = { updated: new Date("2026-11-20T00:00:00Z") };
    expect(lastUpdated([a, b], now)).toBe(b.updated);
    expect(lastUpdated([b, a], now)).toBe(b.updated);
    expect(lastUpdated([], now)).toBe(now);
  });
});

describe("the Atom checks the tests rely on (e2e/support/atom.ts)", () => {
  it("catch what readers choke on", () => {
    const valid = atomFeedXml(feed([entry()]));
    const problems = (xml: string) => parseAtom(xml).problems.join("\n");
    expect(problems(valid.replace("<title type", "<title>x</title><title type"))).toMatch(/2 atom:title/);
    expect(problems(valid.replace(/<id>[^<]*<\/id>/, "<id>vacancies/v1</id>"))).toMatch(/absolute IRI/);
    expect(problems(valid.replace("2026-11-29T08:00:00.000Z", "29.11.2026"))).toMatch(/RFC 3339/);
    expect(problems(valid.replace("Водитель", "Водитель\u0001"))).toMatch(/U\+0001/);
    expect(problems(valid.replace("Водитель", "Водитель & Co"))).toMatch(/well-formed/);
    expect(problems(valid.replace("Водитель", "Водитель <b>"))).toMatch(/well-formed/);
    expect(problems(valid.replace('xmlns="http://www.w3.org/2005/Atom"', ""))).toMatch(/root is not atom:feed/);
    expect(problems(valid.replace(/<author>.*?<\/author>/gs, ""))).toMatch(/no author/);
  });
});
