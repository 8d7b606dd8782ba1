import { describe, expect, it } from "vitest";
import { vacancyMetaDescription } from "./meta-description";

describe("vacancyMetaDescription", () => {
  const parts = {
    pay: "250 000 – 350 000 тенге в месяц",
    place: "Алматы, Казахстан",
    employer: "ТОО «Дастархан»",
    description: "Готовим блюда казахской кухни для 300 гостей.\nСмена 12 часов. Жильё рядом.",
  };

  it("says pay, place and employer, then the first sentence", () => {
    expect(vacancyMetaDescription(parts)).toBe(
      "250 000 – 350 000 тенге в месяц · Алматы, Казахстан · ТОО «Дастархан». Готовим блюда казахской кухни для 300 гостей.",
    );
  });

  it("leaves out pay that is not stated", () => {
    expect(vacancyMetaDescription({ ...parts, pay: null })).toMatch(/^Алматы, Казахстан · ТОО/);
  });

  it("is one line of at most 160 characters", () => {
    const long = vacancyMetaDescription({
      ...parts,
      employer: "ТОО\n«Очень длинное название организации»",
      description: `${"Очень длинное первое предложение без конца ".repeat(10)}.`,
    });
    expect(Array.from(long).length).toBeLessThanOrEqual(160);
    expect(long).not.toMatch(/\n/);
    expect(long).toMatch(/…$/);
  });
});
