import { describe, expect, it } from "vitest";
import { isConnectionCut } from "./retry-reads";

describe("isConnectionCut", () => {
  it("knows a restart from a bad query", () => {
    expect(isConnectionCut(new Error("terminating connection due to administrator command"))).toBe(true);
    expect(
      isConnectionCut(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(isConnectionCut(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe(
      true,
    );
    expect(isConnectionCut(new Error('column "titel" does not exist'))).toBe(false);
    expect(isConnectionCut(Object.assign(new Error("duplicate key"), { code: "P2002" }))).toBe(false);
  });
});
