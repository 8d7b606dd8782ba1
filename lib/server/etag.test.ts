import { describe, expect, it } from "vitest";
import { etagOf, matchesEtag } from "./etag";

describe("etagOf", () => {
  it("is a quoted tag that changes with the body", () => {
    expect(etagOf("a")).toMatch(/^"[\w-]{27}"$/);
    expect(etagOf("a")).toBe(etagOf("a"));
    expect(etagOf("a")).not.toBe(etagOf("b"));
  });
});

describe("matchesEtag", () => {
  const tag = etagOf("<feed/>");
  it("matches the tag itself, weakly, in a list, and *", () => {
    expect(matchesEtag(tag, tag)).toBe(true);
    expect(matchesEtag(`W/${tag}`, tag)).toBe(true);
    expect(matchesEtag(`"other", ${tag}`, tag)).toBe(true);
    expect(matchesEtag("*", tag)).toBe(true);
  });
  it("does not match another tag, an empty or a missing header", () => {
    expect(matchesEtag('"other"', tag)).toBe(false);
    expect(matchesEtag("", tag)).toBe(false);
    expect(matchesEtag(null, tag)).toBe(false);
  });
});
