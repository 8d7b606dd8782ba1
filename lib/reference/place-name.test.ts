import { describe, expect, it } from "vitest";
import { placeName } from "./place-name";

const names = (ru: string, en: string, ky?: string, kk?: string) => ({
  nameRu: ru,
  nameEn: en,
  nameKy: ky ?? null,
  nameKk: kk ?? null,
});

describe("placeName", () => {
  it("names a town with its region", () => {
    const place = {
      region: { ...names("Чуйская область", "Chüy Region", "Чүй облусу"), kind: "REGION" as const },
      city: names("Токмок", "Tokmok", "Токмок"),
    };
    expect(placeName(place, "ru")).toBe("Токмок, Чуйская область");
    expect(placeName(place, "ky")).toBe("Токмок, Чүй облусу");
    expect(placeName(place, "en")).toBe("Tokmok, Chüy Region");
  });

  it("names a city of republican significance once", () => {
    const place = {
      region: { ...names("город Алматы", "Almaty", "Алматы шаары", "Алматы қаласы"), kind: "CITY" as const },
      city: names("Алматы", "Almaty", "Алматы", "Алматы"),
    };
    expect(placeName(place, "kk")).toBe("Алматы");
  });

  it("falls back to Russian where a Kazakh name is missing, and to the region without a town", () => {
    const place = { region: { ...names("Нарынская область", "Naryn Region"), kind: "REGION" as const }, city: null };
    expect(placeName(place, "kk")).toBe("Нарынская область");
  });
});
