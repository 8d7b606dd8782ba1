import { describe, expect, it } from "vitest";
import { isLinearPattern } from "./linear-pattern";
import { scoreVacancy } from "./score-vacancy";
import { riskThresholds, shippedRules } from "./shipped-rules";

const [rules, thresholds] = [shippedRules, riskThresholds];
const score = (description: string, extra: Partial<Parameters<typeof scoreVacancy>[0]> = {}) =>
  scoreVacancy(
    { title: "Разнорабочий", description, contacts: { phone: "+7 700 000 00 01" }, ...extra },
    rules,
    thresholds,
  );

describe("scoreVacancy", () => {
  it("flags a fee asked of the worker, in each language, and shows the words that triggered it", () => {
    const ru = score("Работа на складе. Оплата за оформление 15 000 тенге при собеседовании.");
    expect(ru.level).toBe("HIGH");
    expect(ru.reasons[0]).toMatchObject({
      category: "FEE",
      field: "description",
      excerpt: expect.stringMatching(/^оплата за оформлени/i),
    });
    expect(score("Кепіл ақы 20 000 теңге, жұмыс басталғанда қайтарылады.").reasons.map((r) => r.category)).toContain(
      "FEE",
    );
    expect(score("Каттоо үчүн 2000 сом төлөйсүз.").reasons.map((r) => r.category)).toContain("FEE");
  });

  it("does not flag honest wording that mentions the same things", () => {
    expect(score("Медкомиссия за счёт работодателя, форма выдаётся бесплатно. Паспорт остаётся у вас.").level).toBe(
      "LOW",
    );
    expect(score("Жұмыс беруші жол ақысын төлейді, тегін жатақхана, кепілсіз.").level).toBe("LOW");
    expect(score("Сверхурочные оплачиваются в двойном размере, выходные по графику 5/2.").level).toBe("LOW");
  });

  it("finds kept passports, wage withholding, debt, movement limits and threats", () => {
    expect(score("Паспорт сдаётся бригадиру на время работы.").reasons[0]?.category).toBe("DOCUMENT_RETENTION");
    expect(score("Зарплата выплачивается в конце сезона.").reasons[0]?.category).toBe("ILO_WAGES");
    expect(score("Дорогу отрабатываете первый месяц.").reasons[0]?.category).toBe("ILO_DEBT");
    expect(score("Выходить с территории нельзя: общежитие закрывается.").reasons[0]?.category).toBe("ILO_MOVEMENT");
    expect(score("За уход до конца срока — штраф за досрочный уход 100 000.").reasons[0]?.category).toBe("ILO_THREATS");
    expect(score("Работа по 16 часов в день без выходных.").reasons[0]?.category).toBe("ILO_OVERTIME");
  });

  it("weighs structure: messenger-only contacts, pay far above the market, an agency without licence, an unverified employer", () => {
    const result = score("Работа в кафе.", {
      contacts: { telegram: "@boss" },
      salary: { min: 1_500_000, max: null, period: "MONTH" },
      experience: "NONE",
      marketMedianMonthly: 220_000,
      organization: { kind: "RECRUITMENT_AGENCY", agencyLicense: "", verified: false },
    });
    expect(result.reasons.map((r) => r.category).sort()).toEqual([
      "AGENCY_NO_LICENCE",
      "MESSENGER_ONLY",
      "PAY_TOO_HIGH",
      "UNVERIFIED_EMPLOYER",
    ]);
    expect(result.score).toBe(100);
    expect(result.level).toBe("HIGH");
  });

  it("does not count high pay of managers, professionals and technicians (ISCO 1–3) as a lure", () => {
    const pay = {
      salary: { min: 1_500_000, max: null, period: "MONTH" },
      experience: "NONE",
      marketMedianMonthly: 220_000,
    };
    const categories = (occupationCode: string) =>
      score("Работа.", { ...pay, occupationCode }).reasons.map((r) => r.category);
    expect(categories("2512")).not.toContain("PAY_TOO_HIGH");
    expect(categories("3115")).not.toContain("PAY_TOO_HIGH");
    expect(categories("9112")).toContain("PAY_TOO_HIGH");
    expect(categories("5131")).toContain("PAY_TOO_HIGH");
  });

  it("counts a category once, caps the score at 100, and honours switched-off rules", () => {
    const text =
      "Предоплата 5000 тг и залог. Паспорт оставить у нас. Зарплата в конце сезона. Долг за дорогу отрабатываете.";
    expect(score(text).score).toBe(100);
    expect(score(text).reasons.filter((r) => r.category === "FEE")).toHaveLength(1);
    const withoutFee = scoreVacancy(
      { title: "", description: "Предоплата 5000 тг.", contacts: { phone: "1" } },
      rules.map((r) => (r.category === "FEE" ? { ...r, enabled: false } : r)),
      thresholds,
    );
    expect(withoutFee.score).toBe(0);
  });
});

describe("rules run on a linear-time engine", () => {
  it("a catastrophic pattern an administrator might write finishes (JavaScript's engine would not: 2^40 steps)", () => {
    const rules = [{ id: "bad", category: "FEE", weight: 60, pattern: "(а+)+б" }];
    const result = scoreVacancy(
      { title: "Повар", description: `${"а".repeat(40)}в`, contacts: { phone: "+77010000000" } },
      rules,
      { high: 50, medium: 25 },
    );
    expect(result.reasons).toEqual([]);
  });

  it("the rules page refuses what RE2 cannot run (lookaround, back-references)", () => {
    expect(isLinearPattern("оплат\\p{L}*\\s+\\d+")).toBe(true);
    expect(isLinearPattern("паспорт(?!\\s+не)")).toBe(false);
    expect(isLinearPattern("(\\w)\\1")).toBe(false);
  });
});
