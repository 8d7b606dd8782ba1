import { describe, expect, it } from "vitest";
import { feedSearchPagePath, vacancyFeedPath } from "./feed-path";
import { parseSearchQuery } from "./query";

describe("feed paths", () => {
  const query = parseSearchQuery({ q: "водитель", country: "KZ", sort: "salary", page: "3", housing: "1" });
  it("the feed of a search: its filters, without the sort order and the page", () => {
    expect(vacancyFeedPath("ru", query)).toBe(
      `/ru/vacancies/feed?q=${encodeURIComponent("водитель")}&country=KZ&housing=1`,
    );
    expect(vacancyFeedPath("ky", parseSearchQuery({}))).toBe("/ky/vacancies/feed");
  });
  it("the page with what the feed carries: the same search, newest first, first page", () => {
    expect(feedSearchPagePath("kk", query)).toBe(
      `/kk/vacancies?q=${encodeURIComponent("водитель")}&country=KZ&housing=1&sort=newest`,
    );
  });
});
