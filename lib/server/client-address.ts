import { BlockList, isIP } from "node:net";

// Which address a request really came from. The socket's address is the truth unless the socket belongs to
// a proxy we run (TRUSTED_PROXIES): only then do we read X-Forwarded-For, and only the hops our proxies
// added — walking from the right, the first address that is not one of our proxies is the client. A value
// the caller wrote at the left of the header is never taken for the client.

export type TrustedProxies = { kind: "none" } | { kind: "count"; hops: number } | { kind: "list"; list: BlockList };

/**
 * TRUSTED_PROXIES: empty (no proxy: the socket is the client), a number of proxy hops in front of the app
 * ("1" for one nginx or load balancer), or a comma-separated list of addresses and CIDR ranges of the
 * proxies ("10.0.0.0/8, 127.0.0.1, fd00::/8"). Throws on anything else: a typo must not silently trust all.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) return { kind: "count", hops: Number(text) };
  const list = new BlockList();
  for (const entry of text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = "", prefix] = entry.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else {
      const bits = Number(prefix);
      if (!/^\d+$/.test(prefix) || bits > (family === 6 ? 128 : 32))
        throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      list.addSubnet(address, bits, type);
    }
  }
  return { kind: "list", list };
}

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1; brackets and zones go. */
export function normalizeAddress(address: string): string {
  const bare = address
    .trim()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  return (mapped ? mapped[1]! : bare).toLowerCase();
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** The client's address: the socket's, or (behind trusted proxies) the nearest hop they did not add. */
export function clientAddressFrom(request: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trusted: TrustedProxies;
}): string {
  const socket = request.socketAddress ? normalizeAddress(request.socketAddress) : "unknown";
  if (request.trusted.kind === "none") return socket;
  const header = Array.isArray(request.forwardedFor) ? request.forwardedFor.join(",") : (request.forwardedFor ?? "");
  const hops = header
    .split(",")
    .map(normalizeAddress)
    .filter((hop) => isIP(hop) !== 0);
  // Nearest first: the socket, then what the proxies appended, right to left.
  const chain = [socket, ...hops.reverse()];
  if (request.trusted.kind === "count") return chain[Math.min(request.trusted.hops, chain.length - 1)]!;
  const { list } = request.trusted;
  for (const hop of chain) if (!isTrusted(list, hop)) return hop;
  return chain.at(-1)!;
}

/** 127.0.0.0/8 and ::1: a request from this very machine. */
export function isLoopback(address: string): boolean {
  const bare = normalizeAddress(address);
  return bare === "::1" || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/**
 * The network an address belongs to, for counting "independent" people: an IPv4 /24 or an IPv6 /48
 * (what one household, office or mobile operator's pool usually shares).
 */
export function networkOf(address: string): string {
  const bare = normalizeAddress(address);
  if (isIP(bare) === 4) return `${bare.split(".").slice(0, 3).join(".")}.0/24`;
  if (isIP(bare) === 6) return `${expandIpv6(bare).slice(0, 3).join(":")}::/48`;
  return bare;
}

function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array.from({ length: missing }, () => "0"), ...right].map((group) =>
    group.padStart(4, "0").toLowerCase(),
  );
}
