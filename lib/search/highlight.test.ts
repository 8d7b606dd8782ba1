import { describe, expect, it } from "vitest";
import { highlight } from "./highlight";

const marked = (title: string, q: string) =>
  highlight(title, q)
    .filter((s) => s.match)
    .map((s) => s.text);

describe("highlight", () => {
  it("marks the words that matched, whatever script the query was typed in", () => {
    expect(marked("Повар горячего цеха", "povar")).toEqual(["Повар"]);
    expect(marked("Құрылысшы-монолитші", "kurylysshy")).toEqual(["Құрылысшы-монолитші"]);
    expect(marked("Водитель категории C", "водит")).toEqual(["Водитель"]);
  });

  it("marks synonyms and one-letter typos", () => {
    expect(marked("Аспаз (жұмысқа шақырамыз)", "повар")).toEqual(["Аспаз"]);
    expect(marked("Водитель такси", "водитль")).toEqual(["Водитель"]);
  });

  it("leaves the title whole without a query", () => {
    expect(highlight("Швея", undefined)).toEqual([{ text: "Швея", match: false }]);
  });
});
