// Shared by the benchmark scripts: a closed-loop load generator and the server they measure.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { withDatabase } from "../../lib/server/database-url";

export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Latencies of the answered requests; `failed` counts the ones that threw (an error status, a timeout). */
export type LoadResult = { p50: number; p95: number; p99: number; qps: number; n: number; failed: number };

/**
 * Runs `task(i)` from `concurrency` loops for `seconds`, after a warm-up pass over i = 0…warmup-1;
 * returns latencies (ms) and requests per second. A failed request is counted, not fatal: an overloaded
 * server is a result to report.
 */
export async function load(
  concurrency: number,
  seconds: number,
  warmup: number,
  task: (i: number) => Promise<void>,
): Promise<LoadResult> {
  let failed = 0;
  const attempt = async (i: number) => {
    try {
      await task(i);
      return true;
    } catch {
      failed++;
      return false;
    }
  };
  for (let i = 0; i < warmup; i++) await attempt(i);
  failed = 0;
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const i = next++;
        const t0 = performance.now();
        if (await attempt(i)) latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    qps: latencies.length / elapsed,
    n: latencies.length,
    failed,
  };
}

/** `next start` on the built app against `databaseUrl`; resolves once /api/health answers. */
export async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const app = spawn("npx", ["next", "start", "-p", String(port)], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: "16",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "benchmark-secret-at-least-32-characters-long",
      APP_URL: `http://127.0.0.1:${port}`,
    },
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitForHealth(`http://127.0.0.1:${port}`, 120);
    return app;
  } catch (error) {
    stopServer(app);
    throw error;
  }
}

export function stopServer(app: ChildProcess) {
  if (app.pid) process.kill(-app.pid, "SIGTERM");
}

/**
 * The benchmark database `name` on `server`: recreated with the demo data and `vacancies` in all (generated),
 * or with `reuse` kept as it is. Either way it gets the migrations of the code being measured. Returns its URL.
 */
export function prepareBenchDatabase(server: string, name: string, options: { vacancies: number; reuse: boolean }) {
  const url = withDatabase(server, name);
  const run = (script: string, scriptArgs: string[] = []) =>
    execFileSync("npx", ["tsx", script, ...scriptArgs], {
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: url },
    });
  if (!options.reuse)
    execFileSync("npx", ["tsx", "scripts/db/recreate-database.ts", server, name], { stdio: "ignore" });
  run("scripts/db/migrate.ts", ["deploy"]);
  if (!options.reuse) {
    run("prisma/seed/run.ts", ["--demo"]);
    run("prisma/seed/generate-vacancies.ts", [String(options.vacancies - 480)]);
  }
  return url;
}

/** Resolves once `${base}/api/health` answers 200 (each try at most 5 s, half a second apart). */
export async function waitForHealth(base: string, tries = 240): Promise<void> {
  for (let i = 0; i < tries; i++) {
    const up = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} did not answer`);
}
