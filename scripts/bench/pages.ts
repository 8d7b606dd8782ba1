// npm run bench:pages [-- --reuse] [--vacancies 100000] [--seconds 10] [--pages 400]
// Public pages through the production server, in one run, at concurrency 16 (and 1):
//   /api/health             the reference: one trivial database query per request
//   home /ru                 cached page (announced changes and a 60 s revalidate refresh it)
//   vacancy pages            --pages different vacancies in the four languages, cached after first render
// and how long a page takes to render when it is not cached (the first visit of each page). The
// target (issue 10): home and vacancy pages at least 0.8× the requests/s of /api/health.
// Needs `npm run build` first. BENCH_DATABASE_URL names the server (default: scripts/ensure-postgres.sh's).
import { execFileSync } from "node:child_process";
import pg from "pg";
import { withDatabase } from "../../lib/server/database-url";
import { load, percentile, prepareBenchDatabase, startServer, stopServer, type LoadResult } from "./load";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback;
const vacancies = Number(option("vacancies", "100000"));
const seconds = Number(option("seconds", "10"));
const pageCount = Number(option("pages", "400"));
const server =
  process.env.BENCH_DATABASE_URL ?? execFileSync("bash", ["scripts/ensure-postgres.sh"], { encoding: "utf8" }).trim();
const url = withDatabase(server, "portal_bench_pages");
const port = 3291;
const locales = ["ru", "ky", "kk", "en"];

async function get(path: string): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { "accept-encoding": "gzip" } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  await response.arrayBuffer();
}

async function main() {
  prepareBenchDatabase(server, "portal_bench_pages", { vacancies, reuse: args.includes("--reuse") });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const total = Number((await client.query(`SELECT count(*) FROM "Vacancy" WHERE status = 'PUBLISHED'`)).rows[0].count);
  const ids: string[] = (
    await client.query(`SELECT id FROM "Vacancy" WHERE status = 'PUBLISHED' ORDER BY random() LIMIT $1`, [pageCount])
  ).rows.map((row) => row.id);
  await client.end();
  const vacancyPaths = ids.flatMap((id) => locales.map((locale) => `/${locale}/vacancies/${id}`));

  const app = await startServer(url, port);
  try {
    // First visits: each page rendered once (then cached).
    const renders: number[] = [];
    for (const path of vacancyPaths) {
      const t0 = performance.now();
      await get(path);
      renders.push(performance.now() - t0);
    }
    renders.sort((a, b) => a - b);

    const rows: [string, number, LoadResult][] = [];
    const measure = async (name: string, concurrency: number, paths: string[]) =>
      rows.push([
        name,
        concurrency,
        await load(concurrency, seconds, paths.length, (i) => get(paths[i % paths.length]!)),
      ]);
    for (const concurrency of [16, 1]) {
      await measure("GET /api/health", concurrency, ["/api/health"]);
      await measure("home /ru", concurrency, ["/ru"]);
      await measure(`vacancy pages (${vacancyPaths.length})`, concurrency, vacancyPaths);
      await measure("GET /api/health (again)", concurrency, ["/api/health"]);
    }

    console.log(`\n${total} published vacancies; ${seconds} s per row after a warm-up pass.\n`);
    console.log(
      `Uncached render of a vacancy page (first visit, ${renders.length} pages): p50 ${percentile(renders, 50).toFixed(1)} ms, p95 ${percentile(renders, 95).toFixed(1)} ms\n`,
    );
    console.log("| path | concurrency | p50 ms | p95 ms | p99 ms | requests/s | × /api/health |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const [name, concurrency, r] of rows) {
      const health = rows.filter(([n, c]) => n.startsWith("GET /api/health") && c === concurrency);
      const reference = Math.max(...health.map(([, , h]) => h.qps));
      console.log(
        `| ${name} | ${concurrency} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.qps.toFixed(0)} | ${(r.qps / reference).toFixed(2)}${r.failed ? ` (${r.failed} failed)` : ""} |`,
      );
    }
  } finally {
    stopServer(app);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
