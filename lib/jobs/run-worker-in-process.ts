import "server-only";
import { startWorker } from "./start-worker";

/**
 * Starts the worker inside this web server. On SIGTERM the server (scripts/serve.ts) stops taking
 * requests and awaits this: no new jobs are fetched and the running ones finish (20 s at most; a job
 * cut off later is retried by another worker once its lease expires).
 */
export async function runWorkerInProcess(): Promise<void> {
  const boss = await startWorker();
  const drainOnStop = ((globalThis as Record<symbol, unknown>)[Symbol.for("portal.drainOnStop")] ??=
    []) as (() => Promise<void>)[];
  drainOnStop.push(() => boss.stop({ graceful: true, wait: true, timeout: 20_000 }));
}
