import { describe, expect, it } from "vitest";
import { parseAuditFilter } from "./parse-audit-filter";

describe("the filters from the URL", () => {
  it("reports every wrong field at once, the period's own problems included", () => {
    const today = new Date("2026-11-30T12:00:00Z");
    expect(() => parseAuditFilter({ action: "nope", from: "2026-05-10", to: "2026-05-01" }, today)).toThrow(
      expect.objectContaining({ fields: { action: ["validation.invalid"], to: ["staffAudit.toBeforeFrom"] } }),
    );
    expect(() => parseAuditFilter({ from: "2016-11-29" }, today)).toThrow(
      expect.objectContaining({ fields: { from: ["staffAudit.rangeTooLong"] } }),
    );
    expect(parseAuditFilter({ from: "2016-11-30", action: "group:vacancy", page: "x", toString: "y" }, today)).toEqual({
      from: "2016-11-30",
      action: "group:vacancy",
    });
  });
});
