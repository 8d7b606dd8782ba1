import { describe, expect, it } from "vitest";
import { convert, convertSalaryRange, otherCurrency, roundForDisplay, type Rate } from "./convert";

const rate: Rate = { base: "KGS", quote: "KZT", rate: 5.95, effectiveDate: new Date("2026-11-20") };

describe("convert", () => {
  it("converts in both directions with one rate", () => {
    expect(convert(1000, "KGS", "KZT", rate)).toBeCloseTo(5950);
    expect(convert(5950, "KZT", "KGS", rate)).toBeCloseTo(1000);
    expect(convert(123, "KZT", "KZT", rate)).toBe(123);
  });

  it("refuses a non-positive rate rather than showing nonsense", () => {
    expect(() => convert(1, "KGS", "KZT", { ...rate, rate: 0 })).toThrow(RangeError);
  });
});

describe("roundForDisplay", () => {
  it("keeps three significant digits", () => {
    expect(roundForDisplay(297_500)).toBe(298_000);
    expect(roundForDisplay(50_420.17)).toBe(50_400);
    expect(roundForDisplay(8_403)).toBe(8_400);
    expect(roundForDisplay(42.44)).toBe(42.4);
    expect(roundForDisplay(1.234)).toBe(1.23);
    expect(roundForDisplay(0)).toBe(0);
  });
});

describe("convertSalaryRange", () => {
  it("converts a som range to tenge for a seeker comparing across the border", () => {
    expect(convertSalaryRange({ min: 35_000, max: 60_000, currency: "KGS" }, rate)).toEqual({
      min: 208_000,
      max: 357_000,
      currency: "KZT",
    });
  });

  it("converts a tenge range to som and keeps open bounds open", () => {
    expect(convertSalaryRange({ min: 300_000, max: null, currency: "KZT" }, rate)).toEqual({
      min: 50_400,
      max: null,
      currency: "KGS",
    });
  });

  it("knows the other republic's currency", () => {
    expect(otherCurrency("KGS")).toBe("KZT");
    expect(otherCurrency("KZT")).toBe("KGS");
  });
});
