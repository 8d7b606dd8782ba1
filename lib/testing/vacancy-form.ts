// Test data for the vacancy form, shared by the integration tests of employers and moderators.

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A complete, honest submission as the form sends it (strings, checkboxes "on"). */
export function completeVacancyForm(overrides: Record<string, unknown> = {}) {
  return {
    title: "Повар горячего цеха",
    description:
      "Приготовление блюд казахской и европейской кухни по технологическим картам. Работа в дружном коллективе, обучение на месте.",
    language: "ru",
    occupationCode: "5120",
    sector: "SERVICES",
    countryCode: "KZ",
    regionCode: "KZ-75",
    cityCode: "KZ-75-ALMATY",
    salaryMin: "250000",
    salaryMax: "350000",
    salaryCurrency: "KZT",
    salaryPeriod: "MONTH",
    employmentType: "FULL_TIME",
    contractType: "EMPLOYMENT_PERMANENT",
    experience: "ONE_TO_THREE",
    education: "VOCATIONAL",
    languages: ["ru", "kk"],
    positions: "2",
    housingProvided: "on",
    travelPaidBy: "EMPLOYER",
    housingPaidBy: "EMPLOYER",
    documentsPaidBy: "EMPLOYER",
    openToOtherCountry: "on",
    noFeeConfirmed: "on",
    contactPhone: "+7 701 123 45 67",
    validThrough: inDays(30),
    ...overrides,
  };
}
