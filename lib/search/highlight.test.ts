import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./highlight";
import type { QueryTerm } from "./query-terms";
import { skeletonWords } from "./skeleton";

const typed = (q: string, synonyms: string[] = []): QueryTerm[] =>
  skeletonWords(q).map((w) => ({
    typed: [w],
    occupations: [],
    alternatives: [
      { words: [w], kind: "typed" },
      ...synonyms.map((s) => ({ words: skeletonWords(s), kind: "synonym" as const })),
    ],
  }));
const marked = (text: string, terms: QueryTerm[]) =>
  highlight(text, terms)
    .filter((s) => s.match)
    .map((s) => s.text);

describe("highlight", () => {
  it("marks the words that matched, whatever script the query was typed in", () => {
    expect(marked("Повар горячего цеха", typed("povar"))).toEqual(["Повар"]);
    expect(marked("Құрылысшы-монолитші", typed("kurylysshy"))).toEqual(["Құрылысшы-монолитші"]);
    expect(marked("Водитель категории C", typed("водит"))).toEqual(["Водитель"]);
  });

  it("marks other forms of the word and synonyms", () => {
    expect(marked("Требуются водители на вахту", typed("водителя вахтой"))).toEqual(["водители", "вахту"]);
    expect(marked("Ашпозчулар керек", typed("ашпозчусу"))).toEqual(["Ашпозчулар"]);
    expect(marked("Аспаз (жұмысқа шақырамыз)", typed("повар", ["аспаз"]))).toEqual(["Аспаз"]);
  });

  it("matches words of three letters only whole", () => {
    expect(marked("Ош шаары, ошпозчу", typed("ош"))).toEqual(["Ош"]);
  });

  it("leaves the text whole without a query", () => {
    expect(highlight("Швея", [])).toEqual([{ text: "Швея", match: false }]);
  });
});

describe("snippet", () => {
  const description =
    "Компания ищет сотрудника. Работа в тёплом помещении, форма выдаётся. Обязанности: приёмка товара на складе, учёт остатков, погрузка. График 5/2.";

  it("cuts a passage around the first match, with the match marked", () => {
    const passage = snippet(description, typed("склад"), 80)!;
    expect(passage.filter((s) => s.match).map((s) => s.text)).toEqual(["складе"]);
    expect(passage.map((s) => s.text).join("").length).toBeLessThan(100);
  });

  it("says nothing when the description does not match", () => {
    expect(snippet(description, typed("теплица"))).toBeNull();
  });
});
