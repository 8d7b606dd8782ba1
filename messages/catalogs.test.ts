import { readFileSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import * as enums from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/routing";

type Tree = { [key: string]: string | Tree };
const load = (locale: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `${locale}.json`), "utf8")) as Tree;
const catalogs = Object.fromEntries(locales.map((l) => [l, load(l)]));

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((out, [key, value]) => {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out[full] = value;
    else Object.assign(out, flatten(value, full));
    return out;
  }, {});
}

const placeholders = (message: string) => new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]));
const reference = flatten(catalogs.ru!);

describe.each(locales)("messages/%s.json", (locale) => {
  const flat = flatten(catalogs[locale]!);

  it("has exactly the keys of the Russian catalog", () => {
    expect(Object.keys(flat).sort()).toEqual(Object.keys(reference).sort());
  });

  it("has no empty message", () => {
    expect(Object.entries(flat).filter(([, v]) => !v.trim())).toEqual([]);
  });

  it("keeps every placeholder and is valid ICU", () => {
    for (const [key, message] of Object.entries(flat)) {
      expect(placeholders(message), `${locale}:${key}`).toEqual(placeholders(reference[key]!));
      expect(() => new IntlMessageFormat(message, locale), `${locale}:${key}`).not.toThrow();
    }
  });
});

describe("enum labels", () => {
  const labelled: Record<string, Record<string, string>> = {
    sector: enums.Sector,
    employmentType: enums.EmploymentType,
    salaryPeriod: enums.SalaryPeriod,
    experience: enums.ExperienceLevel,
    education: enums.EducationLevel,
    contractType: enums.ContractType,
    costBearer: enums.CostBearer,
    organizationKind: enums.OrganizationKind,
    verification: enums.VerificationState,
    country: enums.CountryCode,
    currency: enums.Currency,
    language: enums.ContentLanguage,
  };
  it.each(Object.entries(labelled))("every %s value has a label", (namespace, values) => {
    for (const value of Object.values(values))
      expect(reference[`${namespace}.${value}`], `${namespace}.${value}`).toBeTruthy();
  });
});
