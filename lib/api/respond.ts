import "server-only";
import { apiErrors, type ApiErrorCode } from "./api-errors";
import { apiRateLimit } from "./api-limits";
import { apiEndpoints } from "./endpoints";
import { consumeRateLimit, type RateLimitResult, type RateLimitRule } from "@/lib/server/rate-limit";
import { isAppError } from "@/lib/server/errors";
import { etagOf, matchesEtag } from "@/lib/server/etag";
import { logger } from "@/lib/server/logger";
import { clientIpOf } from "@/lib/server/request-context";

// The HTTP side of every /api/v1 endpoint: the limit per client (in PostgreSQL, so it holds across app
// instances), JSON with a strong ETag and a 304 for a matching If-None-Match, shared-cache headers, CORS for
// GET, and the stable error bodies. Routes stay one line: `return apiResponse(request, () => useCase(…))`.

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After",
};

export type ApiOptions = { maxAgeSeconds: number; rule?: RateLimitRule };

/** The options of an endpoint of the table in endpoints.ts (its shared-cache lifetime). */
export function cacheFor(endpointId: string): ApiOptions {
  const endpoint = apiEndpoints.find((e) => e.id === endpointId);
  if (!endpoint) throw new Error(`unknown API endpoint ${endpointId}`);
  return { maxAgeSeconds: endpoint.maxAge };
}

export async function apiResponse(request: Request, produce: () => Promise<unknown>, options: ApiOptions) {
  const rule = options.rule ?? apiRateLimit();
  const headers = new Headers(corsHeaders);
  let body: string;
  try {
    const limit = await consumeRateLimit(`api:${clientIpOf(request.headers)}`, rule);
    for (const [name, value] of Object.entries(rateLimitHeaders(limit, rule))) headers.set(name, value);
    if (!limit.allowed) {
      headers.set("Retry-After", String(Math.max(1, limit.retryAfterSeconds)));
      return errorResponse("rate_limited", headers);
    }
    body = JSON.stringify(await produce());
  } catch (error) {
    if (isAppError(error) && (error.code === "invalid" || error.code === "not_found")) {
      const details = Object.entries(error.fields ?? {}).flatMap(([parameter, messages]) =>
        messages.map((message) => ({ parameter, message })),
      );
      headers.set("Cache-Control", "public, max-age=60");
      return errorResponse(error.code, headers, error.code === "invalid" ? details : undefined);
    }
    logger.error("api request failed", { err: error, path: new URL(request.url).pathname });
    return errorResponse("internal", headers);
  }
  const etag = etagOf(body);
  headers.set("ETag", etag);
  headers.set(
    "Cache-Control",
    `public, max-age=${options.maxAgeSeconds}, stale-while-revalidate=${options.maxAgeSeconds * 5}`,
  );
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", "application/json; charset=utf-8");
  headers.set("X-Content-Type-Options", "nosniff");
  return new Response(body, { status: 200, headers });
}

/** The CORS preflight of a GET that sends If-None-Match (not a "simple" header). */
export function apiPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      "Access-Control-Allow-Methods": "GET, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

function errorResponse(code: ApiErrorCode, headers: Headers, details?: { parameter: string; message: string }[]) {
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
  headers.set("Content-Type", "application/json; charset=utf-8");
  const error = { code, message: apiErrors[code].message, ...(details ? { details } : {}) };
  return new Response(JSON.stringify({ error }), { status: apiErrors[code].status, headers });
}

function rateLimitHeaders(limit: RateLimitResult, rule: RateLimitRule): Record<string, string> {
  return {
    "RateLimit-Limit": String(rule.limit),
    "RateLimit-Remaining": String(limit.remaining),
    "RateLimit-Reset": String(limit.retryAfterSeconds),
  };
}
