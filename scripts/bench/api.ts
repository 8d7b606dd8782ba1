// npm run bench:api [-- --reuse] [--vacancies 100000] [--seconds 10]
// Measures the public API (/api/v1) through the production server with many generated vacancies, in one run:
//   listing    GET /api/v1/vacancies with the search page's query mix (words, filters, sorts), 20 a page
//   paging     the same listing followed five pages deep by its cursor (each page timed)
//   big pages  100 vacancies a page
//   one        GET /api/v1/vacancies/{id} and /api/v1/employers/{id}
//   reference  the occupation list (all four ISCO-08 levels) and the regions
//   /api/search, the page-serving search with its facets, for comparison
// and the same listings never asked before (a different page size each time: no answer memo),
// each at concurrency 1 and 16, reporting p50/p95/p99 and requests per second. Needs `npm run build` first.
// BENCH_DATABASE_URL names the server (default: the local test role of scripts/ensure-postgres.sh).
import { execFileSync } from "node:child_process";
import pg from "pg";
import { load as loadFor, prepareBenchDatabase, startServer, stopServer, type LoadResult } from "./load";
import { queryMix } from "./search-mix";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback;
const vacancies = Number(option("vacancies", "100000"));
const seconds = Number(option("seconds", "10"));
const server =
  process.env.BENCH_DATABASE_URL ?? execFileSync("bash", ["scripts/ensure-postgres.sh"], { encoding: "utf8" }).trim();
const port = 3291;
const base = `http://127.0.0.1:${port}`;

/** The search page's mix as API parameters (the API pages by cursor, not by page number). */
const listings = queryMix.map((params) => {
  const query = new URLSearchParams(Object.entries(params).filter(([key]) => key !== "page"));
  query.set("limit", "20");
  return query.toString();
});

async function get(path: string): Promise<Response> {
  const response = await fetch(`${base}${path}`);
  if (response.status !== 200) throw new Error(`${response.status} ${path}`);
  return response;
}

async function main() {
  const url = prepareBenchDatabase(server, "portal_bench_api", { vacancies, reuse: args.includes("--reuse") });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const count = (await client.query(`SELECT count(*)::int AS n FROM "VacancySearch"`)).rows[0].n as number;
  const sample = (
    await client.query(`SELECT "vacancyId", "organizationId" FROM "VacancySearch" ORDER BY random() LIMIT 200`)
  ).rows as { vacancyId: string; organizationId: string }[];
  await client.end();

  // Cursors five pages deep, collected before the clock starts.
  const deep: string[] = [];
  process.env.API_REQUESTS_PER_MINUTE = "1000000";
  const app = await startServer(url, port);
  try {
    for (const listing of listings.slice(0, 10)) {
      let cursor: string | null = null;
      for (let page = 0; page < 5; page++) {
        const path: string = `/api/v1/vacancies?${listing}${cursor ? `&cursor=${cursor}` : ""}`;
        deep.push(path);
        cursor = ((await (await get(path)).json()) as { nextCursor: string | null }).nextCursor;
        if (!cursor) break;
      }
    }
    // Every request a listing not asked before (the page size varies): nothing comes from the answer memo.
    const cold = [21, 37, 53, 69, 85, 99, 22, 38, 54, 70, 86, 98].flatMap((size) =>
      listings.map((q) => `/api/v1/vacancies?${q.replace("limit=20", `limit=${size}`)}`),
    );
    const scenarios: [string, string[], number][] = [
      ["listing, cold (never asked before)", cold, 0],
      ["listing (query mix, 20 a page)", listings.map((q) => `/api/v1/vacancies?${q}`), 1],
      ["paging by cursor (pages 1–5)", deep, 1],
      ["100 a page", listings.map((q) => `/api/v1/vacancies?${q.replace("limit=20", "limit=100")}`), 1],
      ["one vacancy", sample.map((s) => `/api/v1/vacancies/${s.vacancyId}`), 1],
      ["one employer", sample.map((s) => `/api/v1/employers/${s.organizationId}`), 1],
      ["reference: occupations, regions", ["/api/v1/reference/occupations", "/api/v1/reference/regions"], 1],
      ["/api/search (page search, facets)", queryMix.map((p) => `/api/search?${new URLSearchParams(p)}`), 1],
    ];
    const rows: string[] = [];
    for (const [name, paths, warmups] of scenarios)
      for (const concurrency of [1, 16]) {
        // The cold rows start where the previous row stopped, so no listing is asked twice.
        const offset = warmups === 0 ? paths.length / 2 : 0;
        const result: LoadResult = await loadFor(concurrency, seconds, warmups * paths.length, async (i) => {
          await (await get(paths[(i + (concurrency > 1 ? offset : 0)) % paths.length]!)).arrayBuffer();
        });
        const ms = (v: number) => v.toFixed(0).padStart(5);
        rows.push(
          `| ${name.padEnd(34)} | ${String(concurrency).padStart(2)} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.p99)} | ${result.qps.toFixed(1).padStart(6)} | ${result.failed} |`,
        );
        console.log(rows.at(-1));
      }
    console.log(`\n${count} public vacancies in the index; ${seconds} s per row; milliseconds.\n`);
    console.log("| scenario | conc. | p50 | p95 | p99 | req/s | failed |\n|---|---|---|---|---|---|---|");
    console.log(rows.join("\n"));
  } finally {
    stopServer(app);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
