import { describe, expect, it } from "vitest";
import { durationParams, waitParams } from "./duration";

describe("waitParams", () => {
  it("says a wait in its largest whole unit, rounded up", () => {
    expect(waitParams(0.2)).toEqual({ unit: "seconds", count: 1 });
    expect(waitParams(40)).toEqual({ unit: "seconds", count: 40 });
    expect(waitParams(61)).toEqual({ unit: "minutes", count: 2 });
    expect(waitParams(900)).toEqual({ unit: "minutes", count: 15 });
    expect(waitParams(86_400)).toEqual({ unit: "hours", count: 24 });
  });
});

describe("durationParams for an age", () => {
  it("rounds down and goes up to days", () => {
    expect(durationParams(30, { round: "down" })).toEqual({ unit: "seconds", count: 30 });
    expect(durationParams(119, { round: "down" })).toEqual({ unit: "minutes", count: 1 });
    expect(durationParams(3 * 86_400 + 5, { round: "down" })).toEqual({ unit: "days", count: 3 });
  });
});
