import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, listingDigest } from "./cursor";

describe("listing cursor", () => {
  const digest = listingDigest({ country: "KZ", q: "водитель", limit: 20 });

  it("comes back as it went out, cut to the second", () => {
    const cursor = { digest, publishedBefore: new Date("2026-11-30T09:00:00.000Z"), page: 3 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it("names the listing by its parameters, not their order, language or cursor", () => {
    expect(listingDigest({ limit: 20, q: "водитель", country: "KZ", lang: "ky", cursor: "x" })).toBe(digest);
    expect(listingDigest({ country: "KG", q: "водитель", limit: 20 })).not.toBe(digest);
    expect(listingDigest({ country: "KZ", q: "водитель", limit: 50 })).not.toBe(digest);
  });

  it("refuses what it did not make", () => {
    const valid = encodeCursor({ digest, publishedBefore: new Date(), page: 2 });
    for (const text of [
      "",
      "abc",
      "%%%",
      `${valid}=`,
      valid.slice(0, -3),
      Buffer.from(JSON.stringify({ v: 2, d: digest, t: 1, p: 2 })).toString("base64url"),
      Buffer.from(JSON.stringify({ v: 1, d: digest, t: 1, p: 1 })).toString("base64url"),
      Buffer.from(JSON.stringify({ v: 1, d: digest, t: 1, p: 2, extra: 1 })).toString("base64url"),
      Buffer.from(JSON.stringify({ v: 1, d: "short", t: 1, p: 2 })).toString("base64url"),
      Buffer.from("not json").toString("base64url"),
      "A".repeat(401),
    ])
      expect(decodeCursor(text), text).toBeNull();
  });
});
