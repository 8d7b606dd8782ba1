import { describe, expect, it } from "vitest";
import { skeleton, skeletonWords } from "./skeleton";

describe("skeleton", () => {
  it("spells Cyrillic and Latin forms of the same word alike", () => {
    expect(skeleton("Повар")).toBe(skeleton("povar"));
    expect(skeleton("Құрылысшы")).toBe(skeleton("qurylysshy"));
    expect(skeleton("Құрылысшы")).toBe(skeleton("kurylyshy"));
    expect(skeleton("Жүргізуші")).toBe(skeleton("zhurgizushi"));
    expect(skeleton("Жүргізуші")).toBe(skeleton("jürgizuşi"));
    expect(skeleton("Айдоочу")).toBe(skeleton("aydochu"));
    expect(skeleton("Аспаз")).toBe(skeleton("aspaz"));
    expect(skeleton("Курулушчу")).toBe(skeleton("kuruluşçu"));
    expect(skeleton("Шофёр")).toBe(skeleton("shofer"));
    expect(skeleton("Уборщица")).toBe(skeleton("uborshitsa"));
    expect(skeleton("Хлебопёк")).toBe(skeleton("khlebopek"));
  });

  it("folds Kazakh and Kyrgyz letters to the Russian ones", () => {
    expect(skeleton("ашпоз")).toBe(skeleton("ашпоз"));
    expect(skeleton("Өскемен")).toBe(skeleton("Оскемен"));
    expect(skeleton("Ыстықкөл")).toBe(skeleton("Ыстыккол"));
  });

  it("splits into words and drops punctuation", () => {
    expect(skeletonWords("  Повар-универсал, (Алматы)! ")).toEqual(["povar", "universal", "almati"]);
    expect(skeletonWords("")).toEqual([]);
  });
});
