// npm run bench:list [-- --vacancies 100000] [--reuse]
// Measures the public vacancy list with many generated vacancies on a real PostgreSQL server:
// 1. (unless --reuse) recreates the database `portal_bench`, migrates, seeds and generates N vacancies;
// 2. starts the production build (`npm run build` first) on port 3200 against it;
// 3. requests a fixed mix of list URLs (filters, text, deep pages) one at a time and reports p50/p95/max.
// BENCH_DATABASE_URL names the server (default: the local test role of scripts/ensure-postgres.sh).
import { execFileSync, spawn } from "node:child_process";
import { withDatabase } from "../../lib/server/database-url";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1]! : fallback;
};
const vacancies = Number(option("vacancies", "100000"));
const rounds = Number(option("rounds", "30"));
const reuse = args.includes("--reuse");
const server = process.env.BENCH_DATABASE_URL ?? execFileSync("bash", ["scripts/ensure-postgres.sh"], { encoding: "utf8" }).trim();
const url = withDatabase(server, "portal_bench");
const port = 3200;
const run = (cmd: string, cmdArgs: string[], env: Record<string, string> = {}) =>
  execFileSync(cmd, cmdArgs, { stdio: "inherit", env: { ...process.env, ...env } });

if (!reuse) {
  execFileSync("npx", ["tsx", "scripts/db/recreate-database.ts", server, "portal_bench"], { stdio: "ignore" });
  run("npx", ["tsx", "scripts/db/migrate.ts", "deploy"], { DATABASE_URL: url });
  run("npx", ["tsx", "prisma/seed/run.ts", "--demo"], { DATABASE_URL: url });
  run("npx", ["tsx", "prisma/seed/generate-vacancies.ts", String(vacancies - 480)], { DATABASE_URL: url });
}

const paths = [
  "/ru/vacancies",
  "/ru/vacancies?country=KZ",
  "/ru/vacancies?country=KG&sector=TRADE",
  "/ru/vacancies?region=KZ-75",
  "/ru/vacancies?region=KG-N&employmentType=SEASONAL",
  "/ru/vacancies?sector=AGRICULTURE&employmentType=SEASONAL",
  "/ru/vacancies?country=KZ&sector=CONSTRUCTION&employmentType=ROTATIONAL",
  "/ky/vacancies?q=%D0%BF%D0%BE%D0%B2%D0%B0%D1%80",
  "/kk/vacancies?country=KZ&page=50",
  "/en/vacancies?page=400",
];

const app = spawn("npx", ["next", "start", "-p", String(port)], {
  env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: "10", NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "benchmark-secret-at-least-32-characters-long" },
  stdio: "ignore",
});
try {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const all: number[] = [];
  console.log(`\n${vacancies} vacancies, ${rounds} requests per URL after 3 warm-up requests, one at a time\n`);
  console.log("p50 ms  p95 ms  max ms  URL");
  for (const path of paths) {
    const times: number[] = [];
    for (let i = 0; i < rounds + 3; i++) {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      await response.text();
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      if (i >= 3) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    console.log(`${percentile(times, 50).toFixed(0).padStart(6)}  ${percentile(times, 95).toFixed(0).padStart(6)}  ${times.at(-1)!.toFixed(0).padStart(6)}  ${path}`);
  }
  all.sort((a, b) => a - b);
  console.log(`\nall URLs: p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms, max ${all.at(-1)!.toFixed(0)} ms`);
} finally {
  app.kill("SIGTERM");
}
