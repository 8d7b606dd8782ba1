// Example answers for the OpenAPI document and the reference page. A unit test parses each with its schema,
// so an example cannot drift from what the API really returns.

const vacancy = {
  id: "cmf3k2q9x0001ab12cd34ef56",
  url: "https://vacancies.example.org/ru/vacancies/cmf3k2q9x0001ab12cd34ef56",
  title: "Водитель категории C",
  language: "ru",
  employer: { id: "cmf3k2a1b0000ab12cd34ef56", name: "ТОО «Алматы Логистик»", kind: "COMPANY", verified: true },
  country: { code: "KZ", name: "Казахстан" },
  region: { code: "KZ-75", name: "город Алматы" },
  city: null,
  occupation: { code: "8332", name: "Водители грузовых автомобилей большой грузоподъемности" },
  sector: "TRANSPORT",
  employmentType: "FULL_TIME",
  salary: { from: 350_000, to: 450_000, currency: "KZT", period: "MONTH" },
  housingProvided: false,
  openToOtherCountry: true,
  publishedAt: "2026-11-28T06:15:00.000Z",
} as const;

export const apiExamples = {
  VacancyList: {
    items: [vacancy],
    total: 214,
    asOf: "2026-11-30T09:00:00.000Z",
    nextCursor: "eyJ2IjoxLCJkIjoiQWJjRGVmR2hJaktsIiwidCI6MTc5NjAyMzIwMCwicCI6Mn0",
  },
  Vacancy: {
    ...vacancy,
    description:
      "Перевозка строительных материалов по Алматы и области. Официальное оформление с первого дня, оплата два раза в месяц на карту.",
    address: "Алматы, ул. Бекмаханова, 93",
    schedule: "5/2, с 8:00 до 18:00",
    positions: 3,
    contractType: "EMPLOYMENT_PERMANENT",
    experience: "ONE_TO_THREE",
    education: "SECONDARY",
    languages: ["ru", "kk"],
    mealsProvided: true,
    transportProvided: false,
    costs: { travel: "NOT_APPLICABLE", housing: "NOT_APPLICABLE", documents: "EMPLOYER" },
    noFeeConfirmed: true,
    responsesEnabled: true,
    validThrough: "2026-12-28T18:59:59.000Z",
  },
  Employer: {
    id: "cmf3k2a1b0000ab12cd34ef56",
    url: "https://vacancies.example.org/ru/employers/cmf3k2a1b0000ab12cd34ef56",
    name: "ТОО «Алматы Логистик»",
    kind: "COMPANY",
    country: "KZ",
    registryNumber: "180840012345",
    agencyLicense: null,
    website: "https://almaty-logistic.example.kz",
    description: "Грузоперевозки по Казахстану с 2018 года.",
    verification: { state: "VERIFIED", verifiedAt: "2026-10-02T04:30:00.000Z" },
    memberSince: "2026-09-15T10:00:00.000Z",
    vacancies: [{ id: vacancy.id, title: vacancy.title, publishedAt: vacancy.publishedAt }],
  },
  CountryList: {
    items: [
      {
        code: "KG",
        currency: "KGS",
        names: { ru: "Кыргызстан", ky: "Кыргызстан", kk: "Қырғызстан", en: "Kyrgyzstan" },
      },
    ],
  },
  RegionList: {
    items: [
      {
        code: "KG-C",
        country: "KG",
        kind: "REGION",
        names: { ru: "Чуйская область", ky: "Чүй облусу", kk: "Шу облысы (Қырғызстан)", en: "Chuy Region" },
      },
    ],
  },
  CityList: {
    items: [{ code: "KG-C-TOKMOK", region: "KG-C", names: { ru: "Токмок", ky: "Токмок", kk: "Тоқмақ", en: "Tokmok" } }],
  },
  OccupationGroupList: {
    items: [
      {
        code: "8332",
        level: 4,
        parent: "833",
        names: {
          ru: "Водители грузовых автомобилей большой грузоподъемности",
          ky: "Оор жүк ташуучу автоунаалардын айдоочулары",
          kk: "Ауыр жүк көліктерінің жүргізушілері",
          en: "Heavy truck and lorry drivers",
        },
      },
    ],
  },
  ExchangeRate: { base: "KGS", quote: "KZT", rate: 5.92, effectiveDate: "2026-11-30", source: "НБКР" },
  Error: {
    error: {
      code: "invalid",
      message: "Some parameters were refused; see details.",
      details: [{ parameter: "limit", message: "Too big: expected number to be <=100" }],
    },
  },
} as const;
