import { describe, expect, it } from "vitest";
import { clientAddressFrom, normalizeAddress, parseTrustedProxies } from "./client-address";

const from = (socketAddress: string, forwardedFor: string | undefined, trusted: string | undefined) =>
  clientAddressFrom({ socketAddress, forwardedFor, trusted: parseTrustedProxies(trusted) });

describe("the client's address", () => {
  it("without a configured proxy is the socket's, whatever the caller writes in X-Forwarded-For", () => {
    expect(from("203.0.113.7", "1.2.3.4", undefined)).toBe("203.0.113.7");
    expect(from("203.0.113.7", "1.2.3.4, 5.6.7.8", "")).toBe("203.0.113.7");
    expect(from("::ffff:203.0.113.7", undefined, undefined)).toBe("203.0.113.7");
  });

  it("behind N trusted hops is the address the outermost trusted proxy saw, never a forged one on the left", () => {
    // The client forged "1.2.3.4"; nginx (the socket) appended the real client 198.51.100.9.
    expect(from("10.0.0.2", "1.2.3.4, 198.51.100.9", "1")).toBe("198.51.100.9");
    // Two hops: a CDN then nginx.
    expect(from("10.0.0.2", "1.2.3.4, 198.51.100.9, 172.16.0.5", "2")).toBe("198.51.100.9");
    // Fewer hops than configured: the leftmost there is (a misconfiguration, not a crash).
    expect(from("10.0.0.2", "", "1")).toBe("10.0.0.2");
  });

  it("with a list of proxy ranges walks from the right past our proxies only", () => {
    const trusted = "10.0.0.0/8, 127.0.0.1, fd00::/8";
    expect(from("10.0.0.2", "1.2.3.4, 198.51.100.9, 10.1.2.3", trusted)).toBe("198.51.100.9");
    // A direct caller (not a proxy) gets its socket address even with a forged header.
    expect(from("203.0.113.7", "10.0.0.9", trusted)).toBe("203.0.113.7");
    expect(from("fd00::1", "2001:db8::7", trusted)).toBe("2001:db8::7");
    // Garbage in the header is skipped, not trusted.
    expect(from("10.0.0.2", "<script>, 198.51.100.9", trusted)).toBe("198.51.100.9");
  });

  it("refuses a TRUSTED_PROXIES value it cannot read", () => {
    expect(() => parseTrustedProxies("everything")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/prefix/);
  });

  it("normalises the forms an address arrives in", () => {
    expect(normalizeAddress("[2001:DB8::1]")).toBe("2001:db8::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
  });
});
