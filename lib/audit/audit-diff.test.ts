import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { catalogFor } from "@/lib/i18n/catalogs";
import { auditChanges } from "./audit-diff";
import { auditFieldLabel, formatAuditValue, type AuditFormatContext } from "./format-audit-value";

function contextFor(locale: string, names: Record<string, string> = {}): AuditFormatContext {
  const t = createTranslator({ locale, messages: catalogFor(locale) });
  return {
    t: (key, values) => t(key as never, values as never),
    has: (key) => t.has(key as never),
    locale,
    timeZone: "Asia/Almaty",
    names: new Map(Object.entries(names)),
  };
}

describe("the fields a record changed", () => {
  it("keeps only changed fields, both sides; bookkeeping and equal amounts are left out", () => {
    const before = { id: "v1", status: "PUBLISHED", salaryMin: "150000", title: "Повар", updatedAt: "2026-11-01" };
    const after = { id: "v1", status: "PUBLISHED", salaryMin: 150000, title: "Повар горячего цеха", updatedAt: "x" };
    expect(auditChanges(before, after)).toEqual([{ field: "title", before: "Повар", after: "Повар горячего цеха" }]);
  });

  it("a creation lists its filled fields only; a before-only record lists what it had", () => {
    expect(auditChanges(undefined, { title: "Швея", description: null, languages: [], positions: 3 })).toEqual([
      { field: "title", after: "Швея" },
      { field: "positions", after: 3 },
    ]);
    expect(auditChanges({ email: "a@b.kz", role: "MEMBER" }, null)).toEqual([
      { field: "email", before: "a@b.kz" },
      { field: "role", before: "MEMBER" },
    ]);
  });

  it("a revision's form data is read as fields; an empty text and null are the same", () => {
    const changes = auditChanges(
      { title: "Повар", address: "" },
      { revisionId: "r1", data: { title: "Повар-кондитер", address: null } },
    );
    expect(changes).toEqual([
      { field: "revisionId", after: "r1" },
      { field: "title", before: "Повар", after: "Повар-кондитер" },
    ]);
  });

  it("keeps fields nobody named and values that are not objects", () => {
    expect(auditChanges({ mysteryFlag: 1 }, { mysteryFlag: 2 })).toEqual([
      { field: "mysteryFlag", before: 1, after: 2 },
    ]);
    expect(auditChanges(null, "plain")).toEqual([{ field: "value", after: "plain" }]);
  });
});

describe("labels and values in the page's language", () => {
  const ru = contextFor("ru", { u1: "Бакыт Асанов" });
  const ky = contextFor("ky");

  it("vacancy fields use the vacancy form's labels; unknown fields keep their raw key", () => {
    expect(auditFieldLabel("Vacancy", "salaryMin", ru)).toEqual({ text: "Зарплата от", raw: false });
    expect(auditFieldLabel("Vacancy", "validThrough", ky).text).toBe(catalogFor("ky").vacancyForm.validThrough);
    expect(auditFieldLabel("Organization", "description", ru).text).toBe("Об организации");
    expect(auditFieldLabel("Vacancy", "status", ru).text).toBe("Статус");
    expect(auditFieldLabel("RiskRule", "weight", ru).text).toBe("Вес");
    expect(auditFieldLabel("Vacancy", "mysteryFlag", ru)).toEqual({ text: "mysteryFlag", raw: true });
  });

  it("enumerations through their catalog names, lists, booleans, people", () => {
    expect(formatAuditValue("Vacancy", "status", "CHANGES", ru)).toBe("CHANGES");
    expect(formatAuditValue("Vacancy", "status", "PUBLISHED", ru)).toBe("Опубликована");
    expect(formatAuditValue("Vacancy", "status", "DRAFT", ky)).toBe("Долбоор");
    expect(formatAuditValue("Report", "status", "RESOLVED", ru)).toBe("решена");
    expect(formatAuditValue("Vacancy", "rejectionCode", "FEE_ASKED", ru)).toBe("С работника требуют деньги");
    expect(formatAuditValue("Vacancy", "requestSections", ["PAY", "CONTACTS"], ru)).toBe(
      "Оплата, Контакты для откликов",
    );
    expect(formatAuditValue("User", "jurisdictions", ["KG", "KZ"], ru)).toBe("Кыргызстан, Казахстан");
    expect(formatAuditValue("Vacancy", "housingProvided", true, ru)).toBe("да");
    expect(formatAuditValue("Vacancy", "housingProvided", false, ky)).toBe("жок");
    expect(formatAuditValue("Organization", "userId", "u1", ru)).toBe("Бакыт Асанов");
    expect(formatAuditValue("Vacancy", "title", null, ru)).toBe("—");
    expect(formatAuditValue("Organization", "reason", "Берут деньги. За оформление", ru)).toBe(
      "Берут деньги. За оформление",
    );
  });

  it("money with the record's currency, exchange rates with their decimals, numbers per locale", () => {
    expect(formatAuditValue("Vacancy", "salaryMin", "150000", ru, "KGS")).toBe("150\u00a0000 сом");
    expect(formatAuditValue("Vacancy", "salaryMin", "150000", contextFor("en"), "KZT")).toBe("150,000 tenge");
    expect(formatAuditValue("ExchangeRate", "rate", "5.92345678", ru)).toBe("5,92345678");
    expect(formatAuditValue("Vacancy", "positions", 12000, ru)).toBe("12\u00a0000");
  });

  it("dates per locale: a date-only field names its day in Central Asia, timestamps show the time", () => {
    // validThrough is stored as the end of the day in UTC+5: 30 Dec 23:59:59+05 = 18:59:59Z.
    expect(formatAuditValue("Vacancy", "validThrough", "2026-12-30T18:59:59.000Z", ru)).toBe("30 декабря 2026 г.");
    expect(formatAuditValue("ExchangeRate", "effectiveDate", "2026-11-30T00:00:00.000Z", contextFor("en"))).toBe(
      "November 30, 2026",
    );
    expect(formatAuditValue("User", "disabledAt", "2026-11-30T10:15:00.000Z", ru)).toMatch(/30 нояб\. 2026 г\., 15:15/);
    expect(formatAuditValue("Vacancy", "somethingAt", "2026-11-30T10:15:00.000Z", ru)).toMatch(/15:15/);
  });

  it("unknown values are shown as they are: lists of objects as JSON", () => {
    expect(formatAuditValue("Vacancy", "riskReasons", [{ flag: "FEE" }], ru)).toBe('{"flag":"FEE"}');
    expect(formatAuditValue("Vacancy", "mystery", { a: 1 }, ru)).toBe('{"a":1}');
  });
});
