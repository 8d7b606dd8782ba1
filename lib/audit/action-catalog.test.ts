import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { catalogFor } from "@/lib/i18n/catalogs";
import { actionCodesOf, actionMessageKey, auditActionCodes } from "./action-catalog";

const lib = path.join(import.meta.dirname, "..");

/** The source files of lib/ (tests and generated code aside). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Every action code lib/ writes: `action: "x.y"` and `audit("x.y")` literals, then — in the files that write
 * the log — any other "x.y" literal of the same entities (codes picked from a map, like decide-vacancy's).
 */
function writtenCodes(): string[] {
  const codes = new Set<string>();
  const writers: string[] = [];
  for (const file of sourceFiles(lib)) {
    const source = readFileSync(file, "utf8");
    if (!/writeAudit\(|auditLog\.create/.test(source) || file.endsWith(path.join("server", "audit.ts"))) continue;
    writers.push(source);
    for (const match of source.matchAll(/(?:action:\s*|audit\()"([a-z_]+\.[a-z_]+)"/g)) codes.add(match[1]!);
  }
  const entities = new Set([...codes].map((code) => code.split(".")[0]));
  for (const source of writers)
    for (const match of source.matchAll(/"([a-z_]+)\.([a-z_]+)"/g))
      if (entities.has(match[1]!)) codes.add(`${match[1]}.${match[2]}`);
  return [...codes].sort();
}

describe("audit action names", () => {
  const written = writtenCodes();

  it("finds the codes lib/ writes (the scan itself works)", () => {
    expect(written).toEqual(expect.arrayContaining(["vacancy.renewed", "vacancy.approved", "auth.sign_in"]));
    expect(written.length).toBeGreaterThan(30);
  });

  it("every code written in lib/ is in the catalog of actions", () => {
    expect(written.filter((code) => !auditActionCodes.includes(code))).toEqual([]);
  });

  it.each(["ru", "ky", "kk", "en"])("every action has a name in %s", (locale) => {
    const t = createTranslator({ locale, messages: catalogFor(locale) });
    const missing = [...new Set([...written, ...auditActionCodes])].filter(
      (code) => !t.has(actionMessageKey(code) as never),
    );
    expect(missing).toEqual([]);
  });

  it("names an action in the page's language", () => {
    const t = (locale: string) => createTranslator({ locale, messages: catalogFor(locale) });
    expect(t("ru")(actionMessageKey("vacancy.renewed") as never)).toBe("Вакансия продлена");
    expect(t("ky")(actionMessageKey("vacancy.renewed") as never)).toBe("Вакансиянын мөөнөтү узартылды");
  });

  it("a filter value is one known code or a whole group, nothing else", () => {
    expect(actionCodesOf("vacancy.renewed")).toEqual(["vacancy.renewed"]);
    expect(actionCodesOf("group:report")).toEqual([
      "report.received",
      "report.case_taken",
      "report.case_closed",
      "report.handled",
    ]);
    expect(actionCodesOf("vacancy.")).toBeNull();
    expect(actionCodesOf("group:constructor")).toBeNull();
    expect(actionCodesOf("group:toString")).toBeNull();
  });
});
