// Thousands of random and malformed inputs into the use cases behind the forms: each answers with success
// or with the one error type (AppError) carrying message keys that exist in every language — never another
// exception (a 500), and a refused call writes nothing. Seeded: a failure names its seed and repeats.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { catalogFor } from "@/lib/i18n/catalogs";
import { decideVacancy } from "@/lib/moderation/decide-vacancy";
import { updateNotificationPreferences } from "@/lib/notifications/update-notifications";
import { updateOrganizationContacts } from "@/lib/organizations/organization-profile";
import { submitReport } from "@/lib/reports/submit-report";
import { submitResponse } from "@/lib/responses/submit-response";
import { registerEmployer } from "@/lib/accounts/register-employer";
import { parseSearchQuery } from "@/lib/search/query";
import { isAppError } from "@/lib/server/errors";
import { vacancyFormFields } from "@/lib/vacancies/schemas";
import { saveVacancy } from "@/lib/vacancies/save-vacancy";
import { createRandom, type Random } from "@/prisma/seed/random";
import { hostileValues } from "./hostile-values";
import { awaitingReview, createVacancy } from "@/prisma/seed/factories";
import { completeVacancyForm } from "./vacancy-form";
import { createEmployer, createStaff } from "./actors";
import { clearTransactionalData, testPrisma } from "./database";

const prisma = testPrisma();
const seed = Number(process.env.FUZZ_SEED ?? 20261130);
const runs = Number(process.env.FUZZ_RUNS ?? 300);

// Besides the shared values: NUL and control characters, and typed values a form field can carry.
const nasty = [
  ...hostileValues,
  " ",
  "\u0000",
  "a\u0000b",
  "💥".repeat(50),
  "0x1F",
  "+7 (701) 000-00-00",
  "true",
  "x".repeat(20_000),
];
function randomValue(random: Random, depth = 0): unknown {
  switch (random.int(0, 9)) {
    case 0:
      return random.pick(nasty);
    case 1:
      return random.int(-1e9, 1e9);
    case 2:
      return random.next() * 1e12 - 5e11;
    case 3:
      return random.chance(0.5);
    case 4:
      return null;
    case 5:
      return depth < 2 ? Array.from({ length: random.int(0, 4) }, () => randomValue(random, depth + 1)) : [];
    case 6:
      return depth < 2
        ? { [random.pick(["a", "__proto__", "constructor", "status"])]: randomValue(random, depth + 1) }
        : {};
    case 7:
      return String.fromCharCode(...Array.from({ length: random.int(1, 40) }, () => random.int(0, 0xffff)));
    default:
      return random.pick(nasty) + random.id();
  }
}
/**
 * Half the time a wholly random object; otherwise a valid input with one to three fields broken (a value of
 * another type, a hostile string, or left out), which gets past the first checks and reaches the database.
 */
function randomInput(
  random: Random,
  fields: readonly string[],
  valid: Record<string, unknown> = {},
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (random.chance(0.5) || Object.keys(valid).length === 0) {
    for (const field of fields) if (random.chance(0.6)) input[field] = randomValue(random);
  } else {
    Object.assign(input, valid);
    for (let i = random.int(1, 3); i > 0; i--) {
      const field = random.pick(fields);
      if (random.chance(0.2)) delete input[field];
      else
        input[field] = random.chance(0.5) ? randomValue(random) : `${String(valid[field] ?? "")}${random.pick(nasty)}`;
    }
  }
  if (random.chance(0.2)) input[random.pick(["organizationId", "status", "id", "role", "verificationState"])] = "x";
  return input;
}

const translators = ["ru", "ky", "kk", "en"].map((locale) =>
  createTranslator({ locale, messages: catalogFor(locale) }),
);
/** Every message key an error carries exists in each language (a missing one would show its key). */
function expectKnownKeys(fields: Record<string, string[]> | undefined) {
  for (const entry of Object.values(fields ?? {}).flat()) {
    const key = entry.split("?")[0]!;
    for (const t of translators) expect(t.has(key as never), key).toBe(true);
  }
}

async function expectOnlyAppErrors(name: string, call: (random: Random) => Promise<unknown>) {
  const random = createRandom(seed + name.length * 7919);
  const outcomes: Record<string, number> = {};
  for (let i = 0; i < runs; i++) {
    try {
      await call(random);
      outcomes.ok = (outcomes.ok ?? 0) + 1;
    } catch (error) {
      if (!isAppError(error)) throw new Error(`${name}: run ${i} (FUZZ_SEED=${seed}) threw ${String(error)}`);
      expectKnownKeys(error.fields);
      outcomes[error.code] = (outcomes[error.code] ?? 0) + 1;
    }
  }
  return outcomes;
}

beforeAll(clearTransactionalData);
afterAll(clearTransactionalData);

describe(`fuzzing the use cases behind the forms (${runs} random inputs each)`, () => {
  it("vacancy drafts and submissions", { timeout: 120_000 }, async () => {
    const owner = await createEmployer({ country: "KZ" });
    const outcomes = await expectOnlyAppErrors("saveVacancy", (random) =>
      saveVacancy(owner.actor, {
        intent: random.pick(["draft", "submit"] as const),
        input: randomInput(random, vacancyFormFields, completeVacancyForm()),
      }),
    );
    expect(outcomes.invalid).toBeGreaterThan(0);
    // Whatever was stored belongs to this organisation and is a draft or waits for review.
    const stored = await prisma.vacancy.findMany({ where: { organizationId: owner.organization.id } });
    for (const vacancy of stored) expect(["DRAFT", "PENDING_REVIEW"]).toContain(vacancy.status);
    expect(await prisma.vacancy.count({ where: { NOT: { organizationId: owner.organization.id } } })).toBe(0);
  });

  it("public forms: reports, responses, registration, search", { timeout: 120_000 }, async () => {
    const { organization } = await createEmployer({ country: "KG" });
    const vacancy = await createVacancy(prisma, {
      organizationId: organization.id,
      countryCode: "KG",
      regionCode: "KG-GB",
      salaryCurrency: "KGS",
    });
    const users = await prisma.user.count();
    await expectOnlyAppErrors("submitReport", (random) =>
      submitReport(
        {
          vacancyId: random.chance(0.5) ? vacancy.id : randomValue(random),
          ...randomInput(random, ["reason", "message"]),
        },
        { ip: `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}` },
      ),
    );
    await expectOnlyAppErrors("submitResponse", (random) =>
      submitResponse(
        {
          vacancyId: random.chance(0.8) ? vacancy.id : randomValue(random),
          ...randomInput(random, ["name", "phone", "message", "answerLanguage", "consent"], {
            name: "Айбек",
            phone: `+996 555 ${random.int(100, 999)} ${random.int(100, 999)}`,
            message: "Готов выйти завтра.",
            answerLanguage: "ky",
            consent: "on",
          }),
        },
        { ip: `10.9.${random.int(0, 255)}.${random.int(1, 254)}`, locale: "ru" },
      ),
    );
    const registration = await expectOnlyAppErrors("registerEmployer", (random) =>
      registerEmployer(
        randomInput(random, [
          "name",
          "email",
          "password",
          "countryCode",
          "kind",
          "legalName",
          "registryNumber",
          "contactPhone",
          "agencyLicense",
          "locale",
        ]),
        { ip: `10.8.${random.int(0, 255)}.${random.int(1, 254)}` },
      ),
    );
    expect(registration.ok ?? 0).toBe(0); // random input never makes a valid registration…
    expect(await prisma.user.count()).toBe(users); // …and a refused one leaves no user behind
    const random = createRandom(seed);
    for (let i = 0; i < runs; i++)
      expect(() =>
        parseSearchQuery(
          randomInput(random, [
            "q",
            "country",
            "region",
            "city",
            "occupation",
            "sector",
            "pay",
            "sort",
            "page",
          ]) as never,
        ),
      ).not.toThrow();
  });

  it(
    "signed-in forms: organisation contacts, e-mail settings, moderators' decisions",
    { timeout: 120_000 },
    async () => {
      const owner = await createEmployer({ country: "KZ" });
      const staff = await createStaff("MODERATOR", ["KZ"]);
      const pending = await createVacancy(prisma, {
        organizationId: owner.organization.id,
        ...awaitingReview(),
      });
      await expectOnlyAppErrors("updateOrganizationContacts", (random) =>
        updateOrganizationContacts(
          owner.actor,
          randomInput(random, ["contactPhone", "contactEmail", "website", "address", "description"]),
        ),
      );
      await expectOnlyAppErrors("updateNotificationPreferences", (random) =>
        updateNotificationPreferences(
          owner.actor,
          randomInput(random, ["emailDecisions", "emailExpiry", "emailResponses", "mailLocale"]),
        ),
      );
      await expectOnlyAppErrors("decideVacancy", (random) =>
        decideVacancy(staff.actor, {
          ...randomInput(random, ["decision", "version", "message", "code", "sections"]),
          vacancyId: random.chance(0.5) ? pending.id : randomValue(random),
        }),
      );
      // Nothing decided the vacancy without its version: it still waits for review.
      expect((await prisma.vacancy.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING_REVIEW");
    },
  );
});
