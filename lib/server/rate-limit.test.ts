import { describe, expect, it } from "vitest";
import { waitParams } from "./rate-limit";

describe("waitParams", () => {
  it("says a wait in its largest whole unit, rounded up", () => {
    expect(waitParams(0.2)).toEqual({ unit: "seconds", count: 1 });
    expect(waitParams(40)).toEqual({ unit: "seconds", count: 40 });
    expect(waitParams(61)).toEqual({ unit: "minutes", count: 2 });
    expect(waitParams(900)).toEqual({ unit: "minutes", count: 15 });
    expect(waitParams(86_400)).toEqual({ unit: "hours", count: 24 });
  });
});
