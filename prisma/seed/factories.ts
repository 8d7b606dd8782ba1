// Factories shared by the demo seed, the benchmark generator and the tests: one place that knows what a
// well-formed organisation and vacancy look like.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { kazakhCheckDigit } from "@/lib/organizations/registry-number";
import { createRandom, type Random } from "./random";

let counter = 0;
const fallbackRandom = createRandom(20_26_11);

/** A 12-digit Kazakh BIN with a correct check digit: YYMM of registration, then the entity kind and serial. */
export function fakeKazakhBin(random: Random = fallbackRandom): string {
  for (;;) {
    const yymm = `${random.int(5, 24).toString().padStart(2, "0")}${random.int(1, 12).toString().padStart(2, "0")}`;
    const body = `${yymm}4${random.int(0, 1)}${random.int(0, 99999).toString().padStart(5, "0")}`;
    const check = kazakhCheckDigit(body);
    if (check !== null) return `${body}${check}`;
  }
}

/** A 14-digit Kyrgyz INN: 0… for legal entities, 1…/2… (with a birth date) for individual entrepreneurs. */
export function fakeKyrgyzInn(random: Random = fallbackRandom, individual = false): string {
  if (individual) {
    const date = `${random.int(1, 28).toString().padStart(2, "0")}${random.int(1, 12).toString().padStart(2, "0")}${random.int(1965, 2000)}`;
    return `${random.int(1, 2)}${date}${random.int(0, 99999).toString().padStart(5, "0")}`;
  }
  return `0${random.int(1, 3)}${random.int(1, 12).toString().padStart(2, "0")}${random.int(1995, 2024)}${random.int(0, 999999).toString().padStart(6, "0")}`;
}

export function registryNumberFor(country: "KG" | "KZ", kind: string, random: Random = fallbackRandom) {
  return country === "KZ" ? fakeKazakhBin(random) : fakeKyrgyzInn(random, kind === "INDIVIDUAL_ENTREPRENEUR");
}

export function buildOrganization(
  overrides: Partial<Prisma.OrganizationCreateManyInput> = {},
): Prisma.OrganizationCreateManyInput {
  counter += 1;
  const countryCode = overrides.countryCode ?? "KZ";
  const kind = overrides.kind ?? "COMPANY";
  return {
    countryCode,
    kind,
    legalName: `Test employer ${counter}`,
    registryNumber: registryNumberFor(countryCode, kind, createRandom(counter * 7919 + Date.now())),
    verificationState: "VERIFIED",
    verifiedAt: new Date(),
    ...overrides,
  };
}

const day = 24 * 60 * 60 * 1000;

export function buildVacancy(
  overrides: Partial<Prisma.VacancyCreateManyInput> & { organizationId: string },
): Prisma.VacancyCreateManyInput {
  counter += 1;
  const now = Date.now();
  const countryCode = overrides.countryCode ?? "KZ";
  return {
    status: "PUBLISHED",
    title: `Test vacancy ${counter}`,
    description: "Test description",
    occupationCode: "5120",
    sector: "SERVICES",
    countryCode,
    regionCode: countryCode === "KZ" ? "KZ-75" : "KG-GB",
    salaryMin: countryCode === "KZ" ? 250_000 : 35_000,
    salaryMax: countryCode === "KZ" ? 350_000 : 50_000,
    salaryCurrency: countryCode === "KZ" ? "KZT" : "KGS",
    salaryPeriod: "MONTH",
    employmentType: "FULL_TIME",
    languages: ["ru"],
    noFeeConfirmed: true,
    publishedAt: new Date(now - day),
    submittedAt: new Date(now - 2 * day),
    validThrough: new Date(now + 30 * day),
    ...overrides,
  };
}

/** Overrides for a vacancy waiting for a moderator: sent for review now, never published. */
export const awaitingReview = () => ({ status: "PENDING_REVIEW" as const, publishedAt: null, submittedAt: new Date() });

/** Test helper: an organisation in the database. */
export async function createOrganization(
  prisma: PrismaClient,
  overrides: Partial<Prisma.OrganizationCreateManyInput> = {},
) {
  return prisma.organization.create({ data: buildOrganization(overrides) });
}

/** Test helper: a vacancy in the database (published unless the overrides say otherwise). */
export async function createVacancy(
  prisma: PrismaClient,
  overrides: Partial<Prisma.VacancyCreateManyInput> & { organizationId: string },
) {
  return prisma.vacancy.create({ data: buildVacancy(overrides) });
}
