import { describe, expect, it } from "vitest";
import type { SearchHit } from "@/lib/search/port";
import { alertMailListLimit, composeAlertDigest } from "./compose-alert-mail";

const names = (ru: string, ky: string) => ({ nameRu: ru, nameEn: ru, nameKy: ky, nameKk: ru });
const places = {
  regions: new Map([
    ["KG-GB", { ...names("Бишкек", "Бишкек"), code: "KG-GB", kind: "CITY" as const, countryCode: "KG", sortOrder: 1 }],
  ]),
  cities: new Map(),
  majorGroups: new Map(),
  occupations: new Map(),
  countries: new Map(),
};
const hit = (n: number): SearchHit => ({
  id: `v${n}`,
  title: `Сварщик <${n}>`,
  language: "ru",
  organizationName: "ОсОО «Ала-Тоо Курулуш»",
  organizationKind: "COMPANY",
  verified: true,
  countryCode: "KG",
  regionCode: "KG-GB",
  cityCode: null,
  occupationCode: "7212",
  sector: "CONSTRUCTION",
  employmentType: "FULL_TIME",
  salaryMin: 60000,
  salaryMax: null,
  salaryCurrency: "KGS",
  salaryPeriod: "MONTH",
  housingProvided: false,
  openToOtherCountry: false,
  publishedAt: new Date("2026-11-30T06:00:00Z"),
});
const links = {
  search: "https://jobs.example/ru/vacancies?country=KG",
  manage: "https://jobs.example/ru/alerts/manage?token=m",
  unsubscribe: "https://jobs.example/api/alerts/unsubscribe?token=m",
  vacancy: (id: string) => `https://jobs.example/ru/vacancies/${id}`,
};

describe("job alert mail", () => {
  it("lists each vacancy with employer, place and pay as the search cards say them, and the manage and unsubscribe links", () => {
    const mail = composeAlertDigest("ru", [hit(1), hit(2), hit(3)], { places, rate: null, links });
    expect(mail.subject).toBe("3 новые вакансии по вашему поиску");
    // Numbers are grouped with no-break spaces, as on the page.
    expect(mail.text.replace(/[\u00a0\u202f]/g, " ")).toContain(
      "Сварщик <1>\nОсОО «Ала-Тоо Курулуш»\nКыргызстан · Бишкек\nот 60 000 сом в месяц\nhttps://jobs.example/ru/vacancies/v1",
    );
    expect(mail.text).toContain(links.manage);
    expect(mail.text).toContain(links.unsubscribe);
    // People's words are escaped in the HTML part.
    expect(mail.html).toContain("Сварщик &lt;1&gt;");
    expect(mail.html).not.toContain("Сварщик <1>");
  });

  it("keeps to 20 vacancies and counts the rest, in the subscription's language", () => {
    const many = Array.from({ length: alertMailListLimit + 5 }, (_, i) => hit(i));
    const mail = composeAlertDigest("ky", many, { places, rate: null, links });
    expect(mail.subject).toBe("Издөөңүз боюнча 25 жаңы вакансия");
    expect(mail.text).toContain("Дагы 5 вакансия");
    expect(mail.text).not.toContain(`v${alertMailListLimit}\n`);
    expect(mail.html).toContain('lang="ky"');
  });
});
