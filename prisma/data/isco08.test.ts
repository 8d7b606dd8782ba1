import { describe, expect, it } from "vitest";
import isco from "./isco08.json";

// The ISCO-08 labels are shown in four languages; a missing ky or kk label falls back to Russian on the page.
type Entry = { code: string; level: number; parent: string | null; en: string; ru: string; ky?: string; kk?: string };
const entries = isco as Entry[];
const kazakhOnlyLetters = /[әғқұһіӘҒҚҰҺІ]/;
const latinLetters = /[A-Za-z]/;

describe("prisma/data/isco08.json", () => {
  it("has the whole tree: 10 major, 43 sub-major, 130 minor and 436 unit groups", () => {
    const count = (level: number) => entries.filter((e) => e.level === level).length;
    expect([1, 2, 3, 4].map(count)).toEqual([10, 43, 130, 436]);
    const codes = new Set(entries.map((e) => e.code));
    for (const e of entries) {
      expect(e.code, e.code).toHaveLength(e.level);
      if (e.level > 1) expect(codes.has(e.parent!) && e.code.startsWith(e.parent!), e.code).toBe(true);
    }
  });

  it("labels every group in Kyrgyz and Kazakh, not with the Russian label", () => {
    const untranslated = entries.filter((e) => !e.ky?.trim() || !e.kk?.trim() || e.ky === e.ru || e.kk === e.ru);
    expect(untranslated.map((e) => e.code)).toEqual([]);
  });

  it("writes Kyrgyz without Kazakh-only letters and no label with Latin look-alikes", () => {
    expect(entries.filter((e) => kazakhOnlyLetters.test(e.ky!)).map((e) => `${e.code} ${e.ky}`)).toEqual([]);
    expect(
      entries.filter((e) => [e.ru, e.ky!, e.kk!].some((label) => latinLetters.test(label))).map((e) => e.code),
    ).toEqual([]);
  });
});
