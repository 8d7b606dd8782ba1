// npm run drill:faults [-- --only postgres|meilisearch|shutdown]
// Fault drills against the production build (`npm run build` first) with the demo data, under a steady
// load of seekers (10 closed loops: home, search pages and the search API, vacancy pages, view counts):
//   postgres     PostgreSQL is restarted (pg_ctlcluster … restart, or DRILL_PG_RESTART) 8 s into the run;
//                a seeker must see no error, only a slower answer while it is down.
//   meilisearch  MEILI_URL points at a closed port, then at a server that accepts and never answers:
//                search must answer from PostgreSQL (no Meilisearch server can be installed on this
//                machine, so "down" is simulated at the network level, which is what the portal sees).
//   shutdown     SIGTERM while requests are in flight: each of them must complete; the server then exits
//                within its 25 s grace period with the in-process job worker stopped.
// Prints a table per drill; exits 1 when a drill fails. Uses the database portal_bench_drill (recreated) on the
// server of scripts/ensure-postgres.sh (or DRILL_DATABASE_URL's server).
import { execFileSync, execSync, spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:net";
import { withDatabase } from "../../lib/server/database-url";
import { waitForHealth } from "../bench/load";

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const server =
  process.env.DRILL_DATABASE_URL ?? execFileSync("bash", ["scripts/ensure-postgres.sh"], { encoding: "utf8" }).trim();
const url = withDatabase(server, "portal_bench_drill");
const port = 3295;
const base = `http://127.0.0.1:${port}`;

type Outcome = { startedAt: number; ms: number; ok: boolean; what: string; error?: string };

function prepareDatabase() {
  execFileSync("npx", ["tsx", "scripts/db/recreate-database.ts", server, "portal_bench_drill"], { stdio: "ignore" });
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync("npx", ["tsx", "scripts/db/migrate.ts", "deploy"], { stdio: "ignore", env });
  execFileSync("npx", ["tsx", "prisma/seed/run.ts", "--demo"], { stdio: "ignore", env });
}

function startPortal(extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn("npx", ["tsx", "scripts/start.ts", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "error",
      AUTH_SECRET: "drill-secret-at-least-32-characters-long-ok",
      APP_URL: base,
      WORKER_IN_PROCESS: "1",
      ...extraEnv,
    },
    stdio: "ignore",
    detached: true,
  });
}

/** SIGTERM, then wait for the server to finish (it drains for up to 25 s); SIGKILL after 40 s. */
async function stop(app: ChildProcess) {
  if (!app.pid || app.exitCode !== null) return;
  const exited = new Promise((resolve) => app.once("exit", resolve));
  process.kill(-app.pid, "SIGTERM");
  const timer = setTimeout(() => process.kill(-app.pid!, "SIGKILL"), 40_000);
  await exited;
  clearTimeout(timer);
}

async function publishedIds(): Promise<string[]> {
  const response = await fetch(`${base}/api/search?country=KZ`);
  const body = (await response.json()) as { hits: { id: string }[] };
  return body.hits.map((hit) => hit.id);
}

/** Seekers: `loops` closed loops until `stop()` says so. */
function seekers(ids: string[], loops = 10) {
  const outcomes: Outcome[] = [];
  let running = true;
  const paths = (i: number) => {
    const id = ids[i % ids.length];
    const unique = `${Date.now()}${i}`;
    return [
      ["GET", "/ru"],
      ["GET", `/ky/vacancies?q=${encodeURIComponent("повар")}`],
      ["GET", `/ru/vacancies?q=${encodeURIComponent("водитель")}&pay=${unique.slice(-6)}&currency=KZT`],
      ["GET", `/kk/vacancies/${id}`],
      ["GET", `/api/search?q=${encodeURIComponent("швея")}&country=KG`],
      ["POST", `/api/vacancies/${id}/views`],
      ["GET", `/ru/vacancies/${id}`],
    ] as const;
  };
  const loop = async (n: number) => {
    for (let i = n; running; i += loops) {
      const [method, path] = paths(i)[i % 7]!;
      const startedAt = Date.now();
      try {
        const response = await fetch(`${base}${path}`, { method, signal: AbortSignal.timeout(30_000) });
        await response.arrayBuffer();
        outcomes.push({
          startedAt,
          ms: Date.now() - startedAt,
          ok: response.status < 500,
          what: `${method} ${path}`,
          error: response.status >= 500 ? String(response.status) : undefined,
        });
      } catch (error) {
        outcomes.push({
          startedAt,
          ms: Date.now() - startedAt,
          ok: false,
          what: `${method} ${path}`,
          error: String((error as Error).cause ?? error),
        });
      }
    }
  };
  const done = Promise.all(Array.from({ length: loops }, (_, n) => loop(n)));
  return {
    outcomes,
    stop: async () => {
      running = false;
      await done;
      return outcomes;
    },
  };
}

function summary(name: string, outcomes: Outcome[], from = 0) {
  const failed = outcomes.filter((o) => !o.ok);
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const slowest = ms.at(-1) ?? 0;
  console.log(
    `| ${name} | ${outcomes.length} | ${failed.length} | ${ms[Math.floor(ms.length / 2)] ?? 0} | ${slowest} |`,
  );
  for (const f of failed.slice(0, 5))
    console.log(`    failed at +${((f.startedAt - from) / 1000).toFixed(1)} s: ${f.what} → ${f.error}`);
  return failed.length === 0;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function postgresDrill(): Promise<boolean> {
  const app = startPortal();
  try {
    await waitForHealth(base);
    const ids = await publishedIds();
    const started = Date.now();
    const load = seekers(ids);
    await sleep(8_000);
    const restart =
      process.env.DRILL_PG_RESTART ??
      (() => {
        const [version, name] = execSync("pg_lsclusters --no-header", { encoding: "utf8" }).trim().split(/\s+/);
        return `pg_ctlcluster --skip-systemctl-redirect ${version} ${name} restart -m fast`;
      })();
    const t0 = Date.now();
    execSync(restart, { stdio: "ignore" });
    const downMs = Date.now() - t0;
    await sleep(15_000);
    const outcomes = await load.stop();
    console.log(`\nPostgreSQL restarted at +8 s (\`${restart}\`, ${downMs} ms until it accepted connections again).\n`);
    console.log("| drill | requests | failed | p50 ms | slowest ms |");
    console.log("| --- | ---: | ---: | ---: | ---: |");
    return summary("PostgreSQL restart under load", outcomes, started);
  } finally {
    await stop(app);
  }
}

async function withFakeMeilisearch(kind: "closed" | "silent", run: (meiliUrl: string) => Promise<boolean>) {
  // "closed": a port nothing listens on. "silent": accepts connections and never answers.
  let fake: Server | undefined;
  let meiliPort = 7799;
  if (kind === "silent") {
    fake = createServer(() => {});
    await new Promise<void>((resolve) => fake!.listen(0, "127.0.0.1", resolve));
    meiliPort = (fake.address() as { port: number }).port;
  }
  try {
    return await run(`http://127.0.0.1:${meiliPort}`);
  } finally {
    fake?.close();
  }
}

async function meilisearchDrill(): Promise<boolean> {
  console.log("\n| drill | requests | failed | p50 ms | slowest ms |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  let passed = true;
  for (const kind of ["closed", "silent"] as const) {
    passed =
      (await withFakeMeilisearch(kind, async (meiliUrl) => {
        const app = startPortal({ MEILI_URL: meiliUrl, MEILI_MASTER_KEY: "drill-master-key-0123456789" });
        try {
          await waitForHealth(base);
          // The PostgreSQL fallback answers with the same vacancies: ask it for ids through the API.
          const ids = await publishedIds();
          const load = seekers(ids);
          await sleep(15_000);
          const outcomes = await load.stop();
          const searches = outcomes.filter((o) => o.what.includes("vacancies?") || o.what.includes("/api/search"));
          return (
            summary(
              `Meilisearch ${kind === "closed" ? "refuses connections" : "accepts and never answers"} (searches only)`,
              searches,
            ) && summary("  all requests", outcomes)
          );
        } finally {
          await stop(app);
        }
      })) && passed;
  }
  return passed;
}

async function shutdownDrill(): Promise<boolean> {
  const app = startPortal();
  await waitForHealth(base);
  const ids = await publishedIds();
  const load = seekers(ids, 20);
  await sleep(5_000);
  const signalledAt = Date.now();
  process.kill(-app.pid!, "SIGTERM");
  // The whole process group (npx, tsx, the server) gone: the server drained and exited.
  const groupAlive = () => {
    try {
      process.kill(-app.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  let exitMs = -1;
  for (let waited = 0; waited < 40_000; waited += 50) {
    if (!groupAlive()) {
      exitMs = Date.now() - signalledAt;
      break;
    }
    await sleep(50);
  }
  const outcomes = await load.stop();
  // Requests started before the signal were in flight or queued: every one must have been answered.
  const inFlight = outcomes.filter((o) => o.startedAt < signalledAt && o.startedAt + o.ms >= signalledAt);
  const refusedAfter = outcomes.filter((o) => o.startedAt >= signalledAt && !o.ok).length;
  console.log(
    `\nSIGTERM with 20 seekers loading; the server exited ${exitMs < 0 ? "NOT within 40 s" : `${exitMs} ms later`}; ${refusedAfter} requests sent after the signal were refused (a load balancer sends them elsewhere).\n`,
  );
  console.log("| drill | requests | failed | p50 ms | slowest ms |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  return summary("in flight at SIGTERM", inFlight, signalledAt) && exitMs >= 0 && inFlight.length > 0;
}

async function main() {
  prepareDatabase();
  const drills = { postgres: postgresDrill, meilisearch: meilisearchDrill, shutdown: shutdownDrill };
  let passed = true;
  for (const [name, drill] of Object.entries(drills)) {
    if (only && only !== name) continue;
    const ok = await drill();
    console.log(`\n${name}: ${ok ? "passed" : "FAILED"}`);
    passed &&= ok;
  }
  process.exit(passed ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
