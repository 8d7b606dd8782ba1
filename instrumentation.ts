// Next.js calls this for every error thrown while rendering or handling a request: one JSON log line
// with the route, so unexpected failures are visible in the logs (the visitor sees a generic message).
import type { Instrumentation } from "next";
import { logger } from "@/lib/server/logger";

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const digest = typeof error === "object" && error && "digest" in error ? String(error.digest) : undefined;
  logger.error("request failed", { err: error, digest, method: request.method, path: request.path, route: context.routePath });
};
