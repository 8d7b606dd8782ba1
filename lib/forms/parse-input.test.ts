import { describe, expect, it } from "vitest";
import { z } from "zod";
import { auditFilterSchema } from "@/lib/audit/schemas";
import { parseInput } from "./parse-input";

describe("inputs the database would refuse become field errors, never a 500", () => {
  it("a NUL character is refused next to its field, in nested values too", () => {
    const schema = z.object({ title: z.string(), languages: z.array(z.string()) });
    expect(() => parseInput(schema, { title: "Повар\u0000", languages: ["ru"] })).toThrow(
      expect.objectContaining({ code: "invalid", fields: { title: ["validation.invalidCharacters"] } }),
    );
    expect(() => parseInput(schema, { title: "Повар", languages: ["r\u0000u"] })).toThrow(
      expect.objectContaining({ fields: { languages: ["validation.invalidCharacters"] } }),
    );
    expect(parseInput(schema, { title: "Повар", languages: ["ru"] })).toEqual({ title: "Повар", languages: ["ru"] });
  });

  it("the audit log's date filter refuses a day that does not exist, next to its field", () => {
    expect(() => parseInput(auditFilterSchema, { from: "2026-13-45", to: "2026-02-30" })).toThrow(
      expect.objectContaining({ code: "invalid", fields: { from: ["validation.date"], to: ["validation.date"] } }),
    );
    expect(parseInput(auditFilterSchema, { from: "2026-02-28" }).from).toBe("2026-02-28");
  });
});
