import { describe, expect, it } from "vitest";
import { skeleton } from "../skeleton";
import { turkicStem } from "./turkic-stem";

const stem = (word: string) => turkicStem(skeleton(word));

// Word lists: a base form and its inflections must share one stem (the same word for search), and words
// that only look inflected must not be cut into something else.
describe("turkicStem", () => {
  it.each([
    ["ашпозчу", ["ашпозчулар", "ашпозчусу", "ашпозчуга", "ашпозчулардын", "ашпозчуларга"]],
    ["жүргізуші", ["жүргізушілер", "жүргізушісі", "жүргізушіге", "жүргізушінің", "жүргізушілерге"]],
    ["құрылысшы", ["құрылысшылар", "құрылысшыға", "құрылысшының", "құрылысшылардың"]],
    ["курулушчу", ["курулушчулар", "курулушчуга", "курулушчулардын"]],
    ["мұғалім", ["мұғалімдер", "мұғалімге", "мұғалімнің"]],
    ["аспаз", ["аспаздар", "аспазға", "аспаздың"]],
    ["сатушы", ["сатушылар", "сатушыға", "сатушының"]],
    ["тігінші", ["тігіншілер", "тігіншіге", "тігіншілерге"]],
    ["базар", ["базарда", "базарга", "базардан"]],
    ["Бишкек", ["Бишкекте", "Бишкекке", "Бишкектен"]],
  ])("%s and its forms share a stem", (base, forms) => {
    for (const form of forms) expect(stem(form), form).toBe(stem(base));
  });

  it("keeps words that end like a suffix but are not inflected (no short possessives)", () => {
    expect(stem("жумушчу")).toBe(skeleton("жумушчу"));
    expect(stem("мұғалім")).toBe(skeleton("мұғалім"));
    expect(stem("үй")).toBe("ui");
  });

  it("respects vowel harmony: a back-vowel ending does not follow a front-vowel stem", () => {
    // "лар" (back) after "е": "делар" is no plural of "де", so it stays.
    expect(stem("кележар")).toBe(skeleton("кележар"));
  });
});
