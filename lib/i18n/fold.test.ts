import { describe, expect, it } from "vitest";
import { foldText } from "./fold";

describe("foldText", () => {
  it("folds Kazakh and Kyrgyz letters to the Russian ones a phone keyboard has", () => {
    expect(foldText("Құрылысшы")).toBe("курылысшы");
    expect(foldText("Аспаз")).toBe("аспаз");
    expect(foldText("Өскемен")).toBe("оскемен");
    expect(foldText("Жүргізуші")).toBe("жургизуши");
    expect(foldText("Ашпозчу ҢӨҮ")).toBe("ашпозчу ноу");
    expect(foldText("Шаһар Ёлка")).toBe("шахар елка");
  });
});
