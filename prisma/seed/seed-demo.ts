// Demo data: fictional employers of every kind in both countries and realistic published vacancies in
// every region. Every demo organisation is flagged isDemo, and the pages say so.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { CountryCode } from "@/lib/generated/prisma/enums";
import { composeVacancy, type ComposeContext, type DemoOrganization } from "./compose-vacancy";
import { registryNumberFor } from "./factories";
import { createRandom, type Random } from "./random";
import { loadDemoContent, loadGeography } from "./reference-data";

const kinds = ["COMPANY", "INDIVIDUAL_ENTREPRENEUR", "RECRUITMENT_AGENCY"] as const;
/** Organisations per country and kind: a few dozen of each kind across the two countries. */
const perCountry = { COMPANY: 20, INDIVIDUAL_ENTREPRENEUR: 14, RECRUITMENT_AGENCY: 12 } as const;
const extraSurnames: Record<CountryCode, string[]> = {
  KZ: [
    "Ахметов",
    "Жумабаева",
    "Сейткали",
    "Нургалиев",
    "Омарова",
    "Касымов",
    "Бекова",
    "Тлеубаев",
    "Искакова",
    "Мусин",
  ],
  KG: [
    "Абдыкадыров",
    "Сыдыкова",
    "Токтогулов",
    "Мамытова",
    "Жээнбеков",
    "Осмонова",
    "Бейшенов",
    "Турдубаева",
    "Асанов",
    "Кадырова",
  ],
};
const agencyWords = [
  "Мост",
  "Шанс",
  "Партнёр",
  "Выбор",
  "Опора",
  "Ресурс",
  "Старт",
  "Горизонт",
  "Профи",
  "Альянс",
  "Вектор",
  "Гарант",
];

// Demo e-mail domains and Telegram names in Latin letters: a Cyrillic domain fails the e-mail check a
// submitted vacancy passes, so a moderator could not review the demo vacancies as submitted ones.
const latinLetters: Record<string, string> = Object.fromEntries(
  [..."абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"].map((letter, i) => [
    letter,
    "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh sch  y  e yu ya a g k n o u u h i".split(" ")[i] ?? "",
  ]),
);

function slugify(name: string, index: number) {
  const latin = [...name.toLowerCase().replace(/[«»"']/g, "")]
    .map((letter) => latinLetters[letter] ?? letter)
    .join("")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${latin.slice(0, 24) || "employer"}-${index}`;
}

function demoOrganizationNames(country: CountryCode, kind: (typeof kinds)[number], given: string[]): string[] {
  const names = [...given];
  for (let i = 0; names.length < perCountry[kind]; i++) {
    if (kind === "INDIVIDUAL_ENTREPRENEUR") names.push(`ИП ${extraSurnames[country][i % 10]} ${"АБГДЕЖКМНС"[i % 10]}.`);
    else if (kind === "RECRUITMENT_AGENCY")
      names.push(
        `${country === "KZ" ? "ТОО" : "ОсОО"} «Кадровое агентство ${agencyWords[i % agencyWords.length]}${i >= agencyWords.length ? ` ${i}` : ""}»`,
      );
    else names.push(`${country === "KZ" ? "ТОО" : "ОсОО"} «${agencyWords[i % agencyWords.length]} Групп ${i + 1}»`);
  }
  return names.slice(0, perCountry[kind]);
}

function buildDemoOrganizations(random: Random, now: Date) {
  const content = loadDemoContent();
  const rows: (Prisma.OrganizationCreateManyInput & { id: string })[] = [];
  for (const country of ["KG", "KZ"] as const) {
    for (const kind of kinds) {
      for (const legalName of demoOrganizationNames(country, kind, content.employers[country][kind])) {
        const verified = random.chance(0.65);
        rows.push({
          id: random.id(),
          countryCode: country,
          kind,
          legalName,
          registryNumber: registryNumberFor(country, kind, random),
          agencyLicense:
            kind === "RECRUITMENT_AGENCY"
              ? `№ ${random.int(10_000, 99_999)}-${country}, ${random.int(2019, 2025)}`
              : null,
          contactPhone:
            country === "KZ"
              ? `+7 700 000 ${random.int(10, 99)} ${random.int(10, 99)}`
              : `+996 500 000 ${random.int(100, 999)}`,
          verificationState: verified ? "VERIFIED" : random.chance(0.3) ? "PENDING" : "UNVERIFIED",
          verifiedAt: verified ? new Date(now.getTime() - random.int(5, 300) * 86_400_000) : null,
          verificationNote: verified ? "Demo: registry check recorded by the seed" : null,
          isDemo: true,
        });
      }
    }
  }
  return rows;
}

export async function loadComposeContext(prisma: PrismaClient, now = new Date()): Promise<ComposeContext> {
  const organizations = await prisma.organization.findMany({
    where: { isDemo: true, blockedAt: null },
    select: { id: true, countryCode: true, kind: true, legalName: true },
    orderBy: { id: "asc" },
  });
  const organizationsByCountry: Record<CountryCode, DemoOrganization[]> = { KG: [], KZ: [] };
  organizations.forEach((o, i) => organizationsByCountry[o.countryCode].push({ ...o, slug: slugify(o.legalName, i) }));
  // Agencies of one country recruit for employers in the other too, as licensed agencies do.
  const crossBorderAgencies = (country: CountryCode) =>
    organizationsByCountry[country].filter((o) => o.kind === "RECRUITMENT_AGENCY").slice(0, 3);
  const [kgAgencies, kzAgencies] = [crossBorderAgencies("KG"), crossBorderAgencies("KZ")];
  organizationsByCountry.KZ.push(...kgAgencies);
  organizationsByCountry.KG.push(...kzAgencies);
  return { content: loadDemoContent(), countries: loadGeography(), organizationsByCountry, now };
}

/**
 * Inserts vacancies in batches of 2 000, each as one statement with one JSON parameter expanded by
 * jsonb_populate_recordset: about ten times faster than createMany's bound parameters (which also hit
 * PostgreSQL's 65 535-parameter limit). composeVacancy fills every NOT NULL column, defaults included.
 */
export async function insertVacancies(
  prisma: PrismaClient,
  ctx: ComposeContext,
  random: Random,
  count: number,
  onProgress?: (done: number) => void,
) {
  const batchSize = 2000;
  for (let done = 0; done < count;) {
    const size = Math.min(batchSize, count - done);
    const rows = Array.from({ length: size }, () => composeVacancy(ctx, random));
    await prisma.$executeRaw`INSERT INTO "Vacancy" SELECT * FROM jsonb_populate_recordset(NULL::"Vacancy", ${JSON.stringify(rows)}::jsonb)`;
    done += size;
    onProgress?.(done);
  }
}

export async function seedDemoData(
  prisma: PrismaClient,
  options: { vacancies?: number; seed?: number; now?: Date } = {},
) {
  const now = options.now ?? new Date();
  const random = createRandom(options.seed ?? 42);
  await prisma.organization.createMany({ data: buildDemoOrganizations(random, now), skipDuplicates: true });
  const ctx = await loadComposeContext(prisma, now);
  // One vacancy in every region first, so that no region of either country is empty.
  const coverage = ctx.countries.flatMap((country) =>
    country.regions.map((region) => composeVacancy(ctx, random, { country: country.code, region })),
  );
  await prisma.vacancy.createMany({ data: coverage });
  await insertVacancies(prisma, ctx, random, Math.max(0, (options.vacancies ?? 480) - coverage.length));
  return prisma.vacancy.count({ where: { status: "PUBLISHED" } });
}
