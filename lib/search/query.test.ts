import { describe, expect, it } from "vitest";
import { maxSearchPage, parseSearchQuery, searchQueryString, withoutEmptyParameters } from "./query";

describe("search URL", () => {
  it("finds the empty parameters a GET form sends and keeps the rest as they came", () => {
    expect(withoutEmptyParameters({ q: "", country: "KZ", region: "", pay: " ", housing: "1" })).toBe(
      "?country=KZ&housing=1",
    );
    expect(withoutEmptyParameters({ q: "", sort: "" })).toBe("");
    // `?constructor=x` as Next hands it over (an inherited Object method first): no error, no redirect loop.
    expect(withoutEmptyParameters({ constructor: [Object as unknown as string, "x"] })).toBeNull();
    expect(withoutEmptyParameters({ tag: ["a", ""] })).toBe("?tag=a");
  });

  it("has nothing to clean in a clean request", () => {
    expect(withoutEmptyParameters({})).toBeNull();
    expect(withoutEmptyParameters({ q: "повар", country: "KZ", utm_source: "sms" })).toBeNull();
  });

  it("takes a page past the last allowed as the last allowed", () => {
    expect(parseSearchQuery({ page: "999" }).page).toBe(maxSearchPage);
    expect(parseSearchQuery({ page: "0" }).page).toBe(1);
    expect(parseSearchQuery({ page: "two" }).page).toBe(1);
  });

  it("writes defaults and empty values out of the canonical query string", () => {
    const query = parseSearchQuery({ q: "", country: "KG", sort: "relevance", page: "1", currency: "KGS" });
    expect(searchQueryString(query)).toBe("?country=KG");
  });
});

describe("hostile search text", () => {
  it("control characters (NUL included) are dropped, not sent to the database", async () => {
    const { searchQuerySchema } = await import("./query");
    expect(searchQuerySchema.parse({ q: "пов\u0000ар\u0007" }).q).toBe("пов ар");
    expect(searchQuerySchema.parse({ q: "\u0000" }).q).toBeUndefined();
  });
});
