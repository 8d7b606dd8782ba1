import "server-only";
import { headers } from "next/headers";

/** The client's address as the proxy in front reports it (X-Forwarded-For), for rate limits and the audit log. */
export function clientIpOf(requestHeaders: Headers): string {
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || requestHeaders.get("x-real-ip") || "unknown";
}

/** The client's address of the request being served (pages and server actions). */
export async function requestIp(): Promise<string> {
  return clientIpOf(await headers());
}
