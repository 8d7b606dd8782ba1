// Composes realistic vacancies from the demo content (prisma/data/demo-content.json): occupation templates
// with texts in Russian, Kyrgyz and Kazakh, pay by country, regional pay levels. Deterministic for a seed.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CountryCode, EmploymentType } from "@/lib/generated/prisma/enums";
import type { Random } from "./random";
import type { CountryData, DemoContent, OccupationTemplate, RegionData } from "./reference-data";

type Lang = "ru" | "ky" | "kk";
export type DemoOrganization = { id: string; countryCode: CountryCode; kind: string; legalName: string; slug: string };

// Pay levels relative to the national template: the capitals and the oil regions pay more, the south less.
const regionalPay: Record<string, number> = {
  "KZ-75": 1.15,
  "KZ-71": 1.15,
  "KZ-23": 1.25,
  "KZ-47": 1.2,
  "KZ-27": 1.05,
  "KZ-79": 0.95,
  "KZ-61": 0.85,
  "KZ-31": 0.88,
  "KZ-43": 0.9,
  "KZ-33": 0.9,
  "KG-GB": 1.1,
  "KG-GO": 0.95,
  "KG-B": 0.8,
  "KG-N": 0.85,
  "KG-T": 0.85,
  "KG-J": 0.85,
  "KG-O": 0.85,
};

const headings: Record<Lang, { duties: string; requirements: string; conditions: string }> = {
  ru: { duties: "Обязанности:", requirements: "Требования:", conditions: "Условия:" },
  ky: { duties: "Милдеттер:", requirements: "Талаптар:", conditions: "Шарттар:" },
  kk: { duties: "Міндеттері:", requirements: "Талаптар:", conditions: "Жағдайлары:" },
};

const streets: Record<CountryCode, string[]> = {
  KZ: [
    "пр. Абая",
    "ул. Толе би",
    "пр. Республики",
    "ул. Сейфуллина",
    "ул. Жибек Жолы",
    "пр. Назарбаева",
    "ул. Байтурсынова",
    "мкр. Самал",
  ],
  KG: [
    "пр. Чуй",
    "ул. Киевская",
    "ул. Токтогула",
    "пр. Манаса",
    "ул. Ахунбаева",
    "ул. Курманжан Датки",
    "мкр. Джал",
    "ул. Ленина",
  ],
};

const contactNames: Record<CountryCode, string[]> = {
  KZ: ["Айгерим", "Данияр", "Жанар", "Ерлан", "Гульнара", "Асель", "Нурлан", "Светлана", "Бауыржан", "Мадина"],
  KG: ["Айжан", "Бакыт", "Нургуль", "Эрлан", "Чолпон", "Азамат", "Жылдыз", "Улан", "Гулнара", "Тимур"],
};

function roundTo(value: number, step: number) {
  return Math.max(step, Math.round(value / step) * step);
}

function payStep(country: CountryCode, period: string, value: number) {
  if (period === "PIECE") return value < 10 ? 0.5 : country === "KZ" ? 10 : 1;
  if (period === "MONTH") return country === "KZ" ? 5000 : 1000;
  if (period === "HOUR") return country === "KZ" ? 100 : 10;
  return country === "KZ" ? 500 : 100;
}

function languageFor(country: CountryCode, random: Random): Lang {
  const r = random.next();
  if (country === "KG") return r < 0.22 ? "ky" : "ru";
  return r < 0.18 ? "kk" : "ru";
}

function fill(template: string, values: Record<string, string>) {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

function describe(
  template: OccupationTemplate,
  content: DemoContent,
  lang: Lang,
  values: Record<string, string>,
  perks: { housing: boolean; meals: boolean; transport: boolean },
  random: Random,
) {
  const h = headings[lang];
  const conditions = content.conditions[lang];
  const bullet = (items: string[]) => items.map((item) => `• ${item}`).join("\n");
  const duties = template.duties[lang].filter(() => random.chance(0.85));
  const conditionLines = [conditions.contract, conditions.pay];
  if (perks.housing) conditionLines.push(conditions.housing);
  if (perks.meals) conditionLines.push(conditions.meals);
  if (perks.transport) conditionLines.push(conditions.transport);
  return [
    fill(random.pick(content.intro[lang]), values),
    `${h.duties}\n${bullet(duties.length ? duties : template.duties[lang])}`,
    `${h.requirements}\n${bullet(template.requirements[lang])}`,
    `${h.conditions}\n${bullet(conditionLines)}`,
  ].join("\n\n");
}

function fictionalPhone(country: CountryCode, random: Random) {
  // Invented, in a "000" block of a real operator prefix; the site labels all demo data as fictional.
  const tail = () => random.int(0, 99).toString().padStart(2, "0");
  return country === "KZ"
    ? `+7 700 000 ${tail()} ${tail()}`
    : `+996 500 000 ${random.int(0, 999).toString().padStart(3, "0")}`;
}

export type ComposeContext = {
  content: DemoContent;
  countries: CountryData[];
  organizationsByCountry: Record<CountryCode, DemoOrganization[]>;
  now: Date;
};

export function composeVacancy(
  ctx: ComposeContext,
  random: Random,
  placement?: { country: CountryCode; region: RegionData },
): Prisma.VacancyCreateManyInput {
  const country: CountryCode = placement?.country ?? (random.chance(0.6) ? "KZ" : "KG");
  const countryData = ctx.countries.find((c) => c.code === country)!;
  const region =
    placement?.region ??
    random.weighted(countryData.regions, (r) =>
      Math.sqrt(r.cities.reduce((sum, c) => sum + (c.population ?? 20_000), 0)),
    );
  const city = random.chance(0.7) ? region.cities[0]! : random.pick(region.cities);
  const template = random.weighted(ctx.content.occupations, (o) => o.weight);
  const organization = random.pick(ctx.organizationsByCountry[country]);
  const lang = languageFor(country, random);
  const title = random.pick(template.titles[lang]);

  const pay = template.salary[country];
  const level = (regionalPay[region.code] ?? 1) * (0.9 + random.next() * 0.2);
  const min = roundTo(pay.min * level, payStep(country, pay.period, pay.min));
  const max = Math.max(min, roundTo(pay.max * level, payStep(country, pay.period, pay.max)));
  const onlyMin = random.chance(0.12);

  const employmentType = random.pick(template.employmentTypes) as EmploymentType;
  const perks = {
    housing: random.chance(template.housingShare),
    meals: random.chance(template.mealsShare),
    transport: random.chance(template.transportShare),
  };
  const cityName = city.names[lang];
  const description = describe(
    template,
    ctx.content,
    lang,
    { employer: organization.legalName, city: cityName, title },
    perks,
    random,
  );

  const day = 24 * 60 * 60 * 1000;
  const publishedAt = new Date(ctx.now.getTime() - random.int(0, 40 * 24) * 60 * 60 * 1000);
  const createdAt = new Date(publishedAt.getTime() - random.int(6, 72) * 60 * 60 * 1000);
  const validThrough = new Date(
    Math.max(publishedAt.getTime() + random.int(30, 90) * day, ctx.now.getTime() + random.int(3, 60) * day),
  );
  const secondLanguage = country === "KG" ? "ky" : "kk";

  const vacancy = {
    id: random.id(),
    organizationId: organization.id,
    status: "PUBLISHED",
    language: lang,
    title,
    description,
    occupationCode: template.isco,
    sector: template.sector as Prisma.VacancyCreateManyInput["sector"],
    countryCode: country,
    regionCode: region.code,
    cityCode: city.code,
    address: random.chance(0.6) ? `${random.pick(streets[country])}, ${random.int(1, 180)}` : null,
    salaryMin: min,
    salaryMax: onlyMin ? null : max,
    salaryCurrency: country === "KZ" ? "KZT" : "KGS",
    salaryPeriod: pay.period as Prisma.VacancyCreateManyInput["salaryPeriod"],
    employmentType,
    schedule: template.schedule[lang],
    experience: template.experience as Prisma.VacancyCreateManyInput["experience"],
    education: template.education as Prisma.VacancyCreateManyInput["education"],
    languages: lang === "ru" ? (random.chance(0.3) ? ["ru", secondLanguage] : ["ru"]) : [lang, "ru"],
    positions: random.chance(0.6)
      ? 1
      : random.int(2, template.sector === "AGRICULTURE" || template.sector === "CONSTRUCTION" ? 30 : 6),
    housingProvided: perks.housing,
    mealsProvided: perks.meals,
    transportProvided: perks.transport,
    travelPaidBy: perks.housing ? random.pick(["EMPLOYER", "EMPLOYER", "SHARED", "WORKER"] as const) : "NOT_APPLICABLE",
    housingPaidBy: perks.housing
      ? random.pick(["EMPLOYER", "EMPLOYER", "EMPLOYER", "SHARED"] as const)
      : "NOT_APPLICABLE",
    documentsPaidBy: "EMPLOYER",
    contractType:
      employmentType === "SEASONAL"
        ? "SEASONAL"
        : employmentType === "TEMPORARY" || employmentType === "ROTATIONAL"
          ? "EMPLOYMENT_FIXED_TERM"
          : random.chance(0.1)
            ? "EMPLOYMENT_FIXED_TERM"
            : "EMPLOYMENT_PERMANENT",
    openToOtherCountry: random.chance(0.85),
    noFeeConfirmed: true,
    contactName: random.pick(contactNames[country]),
    contactPhone: fictionalPhone(country, random),
    contactEmail: random.chance(0.6) ? `hr@${organization.slug}.example` : null,
    validThrough,
    viewCount: random.int(0, 400),
    // The bulk insert fills every NOT NULL column itself (jsonb_populate_recordset ignores defaults).
    riskScore: 0,
    riskLevel: "LOW",
    createdAt,
    submittedAt: new Date(createdAt.getTime() + random.int(1, 5) * 60 * 60 * 1000),
    publishedAt,
    updatedAt: publishedAt,
  } satisfies Prisma.VacancyCreateManyInput;
  // Most employers in both countries answer on WhatsApp, some on Telegram, a few by phone only. Read off
  // the phone's digits, not the random stream, so every other field of the data set stays as it was.
  const digits = vacancy.contactPhone.replace(/\D/g, "");
  const digit = (fromEnd: number) => Number(digits[digits.length - fromEnd]);
  return {
    ...vacancy,
    contactWhatsapp: digit(1) < 6 ? vacancy.contactPhone : null,
    contactTelegram: digit(2) < 3 ? `@${organization.slug.replace(/[^a-z0-9]/g, "_").slice(0, 24)}_hr` : null,
    responsesEnabled: digit(3) !== 0,
  };
}
