import { describe, expect, it } from "vitest";
import { statedExperienceYears } from "./stated-experience";

describe("years of experience stated in the text", () => {
  it("reads digits and number words in Russian, Kyrgyz and Kazakh", () => {
    expect(statedExperienceYears("Опыт коммерческой разработки от трёх лет, PostgreSQL.")).toBe(3);
    expect(statedExperienceYears("Требуется стаж не менее 5 лет.")).toBe(5);
    expect(statedExperienceYears("Коммерциялык тажрыйбасы үч жылдан кем эмес.")).toBe(3);
    expect(statedExperienceYears("НАКС аттестациясы мен кемінде 5 жыл тәжірибе үшін.")).toBe(5);
    expect(statedExperienceYears("Тәжірибесі екі жылдан кем емес.")).toBe(2);
  });

  it("finds none where none is asked, or years that are not about experience", () => {
    expect(statedExperienceYears("Опыт не нужен, научим. Зарплата 550 000 тенге.")).toBe(0);
    expect(statedExperienceYears("Тажрыйба талап кылынбайт.")).toBe(0);
    expect(statedExperienceYears("Опыт не нужен. Компания работает 10 лет на рынке.")).toBe(0);
    expect(statedExperienceYears("опыт ".repeat(5000))).toBe(0);
  });
});
