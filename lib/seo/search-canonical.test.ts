import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "@/lib/search/query";
import { canonicalSearch, isIndexableSearch } from "./search-canonical";

describe("canonical search URL", () => {
  it("keeps the text, the filters and the page, and drops the sort order", () => {
    const query = parseSearchQuery({ sort: "salary", page: "3", sector: "TRADE", q: "повар", country: "KZ" });
    expect(canonicalSearch(query)).toBe("?q=%D0%BF%D0%BE%D0%B2%D0%B0%D1%80&country=KZ&sector=TRADE&page=3");
  });

  it("is the bare page for the first page without filters, whatever the sort", () => {
    expect(canonicalSearch(parseSearchQuery({ sort: "newest", page: "1" }))).toBe("");
  });

  it("drops what the page ignores (unknown parameters, malformed values)", () => {
    expect(canonicalSearch(parseSearchQuery({ utm_source: "telegram", country: "XX", region: "KG-C" }))).toBe(
      "?region=KG-C",
    );
  });
});

describe("which search pages are indexed", () => {
  it.each([
    [{}, true],
    [{ country: "KZ", sector: "CONSTRUCTION" }, true],
    [{ region: "KG-C", page: "4", sort: "newest" }, true],
    [{ q: "повар" }, false],
    [{ country: "KZ", sector: "TRADE", type: "FULL_TIME" }, false],
    [{ pay: "100000", currency: "KZT" }, false],
    [{ days: "7" }, false],
  ])("%j → %s", (params, indexable) => {
    expect(isIndexableSearch(parseSearchQuery(params))).toBe(indexable);
  });
});
