// A published vacancy as the JobPosting builder receives it, for the SEO tests.
import type { JobPostingSource } from "@/lib/seo/job-posting";

export const sampleNames = (ru: string, en = ru) => ({ nameRu: ru, nameEn: en, nameKy: null, nameKk: null });

export function sampleVacancy(overrides: Partial<JobPostingSource> = {}): JobPostingSource {
  return {
    id: "cmvacancy0000000000000001",
    title: "Повар горячего цеха",
    description: "Готовим блюда казахской кухни. Смена 12 часов.\n\nЖильё предоставляем.",
    publishedAt: new Date("2026-11-20T08:00:00Z"),
    createdAt: new Date("2026-11-19T08:00:00Z"),
    validThrough: new Date("2027-01-19T00:00:00Z"),
    employmentType: "FULL_TIME",
    contractType: "EMPLOYMENT_PERMANENT",
    salaryMin: 250_000,
    salaryMax: 350_000,
    salaryCurrency: "KZT",
    salaryPeriod: "MONTH",
    countryCode: "KZ",
    openToOtherCountry: true,
    address: "ул. Абая, 10",
    positions: 3,
    experience: "ONE_TO_THREE",
    education: "VOCATIONAL",
    region: { ...sampleNames("Алматы", "Almaty"), kind: "CITY" },
    city: null,
    occupation: { ...sampleNames("Повара", "Cooks"), code: "5120" },
    organization: { legalName: "ТОО «Дастархан»" },
    ...overrides,
  };
}

export const sampleContext = {
  locale: "ru",
  pageUrl: "https://jobs.example.kg/ru/vacancies/cmvacancy0000000000000001",
  employerUrl: "https://jobs.example.kg/ru/employers/cmorg",
  siteName: "Работа КР–РК",
  industry: "Услуги",
};
