// Next.js instrumentation: connects the page cache to the database, starts the background worker inside
// this server when WORKER_IN_PROCESS=1 (the embedded default does), and logs every request error as one JSON line with its route.
import type { Instrumentation } from "next";
import { logger } from "@/lib/server/logger";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Fail at start, not on the first request, when the environment is incomplete.
  const { webEnv } = await import("@/lib/server/env");
  webEnv();
  const { lendPageExpiriesToCacheHandler } = await import("@/lib/pages/public-pages");
  lendPageExpiriesToCacheHandler();
  if (process.env.WORKER_IN_PROCESS !== "1") return;
  const { runWorkerInProcess } = await import("@/lib/jobs/run-worker-in-process");
  await runWorkerInProcess();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const digest = typeof error === "object" && error && "digest" in error ? String(error.digest) : undefined;
  logger.error("request failed", {
    err: error,
    digest,
    method: request.method,
    path: request.path,
    route: context.routePath,
  });
};
