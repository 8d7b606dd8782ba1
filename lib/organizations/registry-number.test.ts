import { describe, expect, it } from "vitest";
import {
  isValidKazakhBinOrIin,
  kazakhCheckDigit,
  normalizeRegistryNumber,
  registryNumberProblem,
} from "./registry-number";

describe("Kazakh BIN/IIN check digit", () => {
  it("accepts numbers whose check digit comes from the first weights", () => {
    // 1*0+2*8+3*0+4*4+5*4+6*0+7*0+8*0+9*0+10*1+11*2 = 84; 84 mod 11 = 7
    expect(kazakhCheckDigit("08044000012")).toBe(7);
    expect(isValidKazakhBinOrIin("080440000127")).toBe(true);
    expect(isValidKazakhBinOrIin("080440000128")).toBe(false);
  });

  it("falls back to the second weights when the first sum gives 10", () => {
    const body = findBody((b) => firstSum(b) === 10 && secondSum(b) !== 10);
    expect(kazakhCheckDigit(body)).toBe(secondSum(body));
    expect(isValidKazakhBinOrIin(`${body}${secondSum(body)}`)).toBe(true);
  });

  it("rejects numbers for which both sums give 10", () => {
    const body = findBody((b) => firstSum(b) === 10 && secondSum(b) === 10);
    expect(kazakhCheckDigit(body)).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidKazakhBinOrIin(`${body}${d}`)).toBe(false);
  });

  it("rejects wrong lengths and letters", () => {
    expect(isValidKazakhBinOrIin("08044000012")).toBe(false);
    expect(isValidKazakhBinOrIin("0804400001270")).toBe(false);
    expect(isValidKazakhBinOrIin("08044000012a")).toBe(false);
  });
});

describe("registryNumberProblem", () => {
  it("names each problem so the form can say what is wrong", () => {
    expect(registryNumberProblem("KZ", "")).toBe("required");
    expect(registryNumberProblem("KZ", "0804-4000-01AB")).toBe("digits_only");
    expect(registryNumberProblem("KZ", "12345")).toBe("length_kz");
    expect(registryNumberProblem("KZ", "080440000128")).toBe("checksum");
    expect(registryNumberProblem("KZ", "0804 4000 0127")).toBeNull();
    expect(registryNumberProblem("KG", "0150720071004")).toBe("length_kg");
    expect(registryNumberProblem("KG", "01507200710044")).toBeNull();
  });

  it("normalises spaces, dashes and dots", () => {
    expect(normalizeRegistryNumber(" 0804-4000.0127 ")).toBe("080440000127");
  });
});

function firstSum(body: string) {
  return [...body].reduce((s, d, i) => s + Number(d) * (i + 1), 0) % 11;
}
function secondSum(body: string) {
  const w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
  return [...body].reduce((s, d, i) => s + Number(d) * w[i]!, 0) % 11;
}
function findBody(predicate: (body: string) => boolean) {
  for (let n = 0; n < 10_000_000; n += 7) {
    const body = n.toString().padStart(11, "0");
    if (predicate(body)) return body;
  }
  throw new Error("no example found");
}
