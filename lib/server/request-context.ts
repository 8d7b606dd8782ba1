import "server-only";
import { headers } from "next/headers";

/** The client's address as the proxy in front reports it (X-Forwarded-For), for rate limits and the audit log. */
export async function requestIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}
