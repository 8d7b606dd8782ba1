import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { catalogFor } from "@/lib/i18n/catalogs";
import { errorWithValues, readError } from "./field-errors";

describe("errors that carry values", () => {
  it("round-trip a key with values; plain keys stay plain", () => {
    const entry = errorWithValues("validation.salaryOutOfRange", {
      min: 2000,
      max: 1_500_000,
      currency: "KGS",
      period: "MONTH",
    });
    expect(readError(entry)).toEqual({
      key: "validation.salaryOutOfRange",
      values: { min: 2000, max: 1_500_000, currency: "KGS", period: "MONTH" },
    });
    expect(readError("validation.required")).toEqual({ key: "validation.required", values: {} });
  });

  it("the salary error names the plausible range in each language, numbers formatted per locale", () => {
    const { key, values } = readError(
      errorWithValues("validation.salaryOutOfRange", { min: 20000, max: 10000000, currency: "KZT", period: "MONTH" }),
    );
    const text = (locale: string) =>
      createTranslator({ locale, messages: catalogFor(locale) })(key as never, values as never);
    expect(text("ru")).toContain("в месяц в тенге обычно платят от 20\u00a0000 до 10\u00a0000\u00a0000");
    expect(text("en")).toContain("per month in KZT is usually between 20,000 and 10,000,000");
    expect(text("kk")).toMatch(/айына теңгемен әдетте 20\s000 – 10\s000\s000 аралығында/);
    expect(text("ky")).toMatch(/айына теңге менен адатта 20\s000 – 10\s000\s000 аралыгында/);
  });
});
