import { describe, expect, it } from "vitest";
import { vacancyHrefFromSearch } from "./back-link";
import { backToSearchHref, searchParameterNames } from "./back-to-search";
import { parseSearchQuery, searchQuerySchema } from "./query";

const search = (params: Record<string, string>) => parseSearchQuery(params);
const vacancyPageParams = (href: string) => Object.fromEntries(new URL(href, "http://portal.test").searchParams);

describe("back to results", () => {
  it("carries the whole search (text, filters, sort, page) to the vacancy and back", () => {
    const query = search({ q: "повар", country: "KZ", housing: "1", sort: "newest", page: "3" });
    const href = vacancyHrefFromSearch("cm123", query);
    expect(href).toMatch(/^\/vacancies\/cm123\?from=/);
    expect(backToSearchHref(vacancyPageParams(href))).toBe(
      "/vacancies?q=%D0%BF%D0%BE%D0%B2%D0%B0%D1%80&country=KZ&housing=1&sort=newest&page=3",
    );
  });

  it("adds nothing for the first page of all vacancies", () => {
    expect(vacancyHrefFromSearch("cm123", search({}))).toBe("/vacancies/cm123");
  });

  it("leads to all vacancies without a usable `from`", () => {
    expect(backToSearchHref({})).toBe("/vacancies");
    expect(backToSearchHref({ from: "" })).toBe("/vacancies");
    expect(backToSearchHref({ from: "x".repeat(2000) })).toBe("/vacancies");
  });

  it("never leads anywhere but the search: unknown parameters and long values are dropped", () => {
    expect(backToSearchHref({ from: "https://evil.example/phish" })).toBe("/vacancies");
    expect(backToSearchHref({ from: "//evil.example" })).toBe("/vacancies");
    expect(backToSearchHref({ from: `next=/staff&sector=TRADE&q=${"я".repeat(101)}` })).toBe("/vacancies?sector=TRADE");
    // The search page validates values as it validates any URL: a malformed one stays a search parameter.
    expect(backToSearchHref({ from: "region=../../admin" })).toBe("/vacancies?region=..%2F..%2Fadmin");
  });

  it("knows exactly the search page's parameters", () => {
    expect([...searchParameterNames].sort()).toEqual(Object.keys(searchQuerySchema.shape).sort());
  });

  it("reads URLSearchParams and the first of repeated values", () => {
    expect(backToSearchHref(new URLSearchParams({ from: "country=KG" }))).toBe("/vacancies?country=KG");
    expect(backToSearchHref({ from: ["country=KG", "country=KZ"] })).toBe("/vacancies?country=KG");
  });
});
