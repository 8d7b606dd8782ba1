import "server-only";
import { env } from "@/lib/server/env";
import type { RateLimitRule } from "@/lib/server/rate-limit";

/** Requests per client address and minute (API_REQUESTS_PER_MINUTE). Answers from a shared cache do not count. */
export function apiRateLimit(): RateLimitRule {
  return { limit: env().API_REQUESTS_PER_MINUTE, windowSeconds: 60 };
}
