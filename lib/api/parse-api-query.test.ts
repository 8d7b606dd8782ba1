import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/server/errors";
import { parseApiQuery } from "./parse-api-query";
import { vacancyListQuerySchema } from "./request-schemas";

const refusal = (query: string) => {
  try {
    parseApiQuery(vacancyListQuerySchema, new URLSearchParams(query));
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid");
    return (error as AppError).fields;
  }
  throw new Error(`accepted ${query}`);
};

describe("API query", () => {
  it("reads the search page's filters strictly", () => {
    expect(
      parseApiQuery(vacancyListQuerySchema, new URLSearchParams("q=повар&country=KG&housing=1&days=7&limit=100")),
    ).toEqual({ q: "повар", country: "KG", housing: true, days: 7, limit: 100, sort: "relevance", lang: "ru" });
  });

  it("names every refused parameter with zod's reason", () => {
    const fields = refusal("country=KX&limit=101&days=2&sort=random&housing=yes&region=almaty");
    expect(Object.keys(fields!).sort()).toEqual(["country", "days", "housing", "limit", "region", "sort"]);
    expect(fields!.limit![0]).toMatch(/100/);
  });

  it("refuses unknown and repeated parameters and control characters", () => {
    expect(refusal("limt=50")).toEqual({ limt: ["Unknown parameter."] });
    expect(refusal("country=KZ&country=KG")).toEqual({ country: ["Given more than once."] });
    expect(refusal("q=%00drop")).toEqual({ q: ["Contains control characters."] });
    expect(refusal("limit=0")!.limit).toHaveLength(1);
    expect(refusal("limit=ten")!.limit).toHaveLength(1);
    expect(refusal(`q=${"я".repeat(101)}`)!.q).toHaveLength(1);
  });
});
