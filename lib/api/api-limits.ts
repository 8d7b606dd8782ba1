import type { RateLimitRule } from "@/lib/server/rate-limit";

/** Requests per client address and minute. Answers from a shared cache in front do not count. */
export const apiRateLimit: RateLimitRule = { limit: 300, windowSeconds: 60 };
