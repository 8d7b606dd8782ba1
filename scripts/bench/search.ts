// npm run bench:search [-- --reuse] [--vacancies 100000] [--seconds 10] [--no-naive]
// Measures public search on the PostgreSQL engine with many generated vacancies, in one run:
//   app      GET /api/search through the production server (HTTP, Next.js, Prisma, SQL)
//   sql      the same two statements the engine runs, bare on node-postgres (the floor)
//   ilike    what a quick job board does: ILIKE '%…%' on title and description, COUNT and GROUP BYs
// each at concurrency 1 and 16, reporting p50/p95/p99 and queries per second, and the freshness of a
// newly published vacancy (publish → searchable). Needs `npm run build` first. --no-naive leaves out the
// ILIKE rows (at a million vacancies one naive query takes minutes).
// BENCH_DATABASE_URL names the server (default: the local test role of scripts/ensure-postgres.sh).
import { execFileSync } from "node:child_process";
import pg from "pg";
import { load as loadFor, prepareBenchDatabase, startServer, stopServer } from "./load";
import { queryMix } from "./search-mix";
import { withDatabase } from "../../lib/server/database-url";
import { searchQuerySchema, type SearchQuery } from "../../lib/search/query";
import { descriptionSearchBelow, postgresEngine, searchStatements } from "../../lib/search/postgres-engine";
import { searchContext } from "../../lib/search/search-vacancies";
import { skeletonWords } from "../../lib/search/skeleton";
import { connectionOptions, createPrismaClient } from "../../lib/server/create-prisma-client";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback;
const vacancies = Number(option("vacancies", "100000"));
const seconds = Number(option("seconds", "10"));
const server =
  process.env.BENCH_DATABASE_URL ?? execFileSync("bash", ["scripts/ensure-postgres.sh"], { encoding: "utf8" }).trim();
const url = withDatabase(server, "portal_bench");
const port = 3290;

const parsed = queryMix.map((params) => searchQuerySchema.parse(params) as SearchQuery);

/** The query mix, round and round, after one warm-up pass over it. */
const load = (concurrency: number, task: (i: number) => Promise<void>) =>
  loadFor(concurrency, seconds, queryMix.length, (i) => task(i % queryMix.length));

function ilikeStatements(query: SearchQuery) {
  const where = [`v.status = 'PUBLISHED'`, `v."validThrough" > now()`, `o."blockedAt" IS NULL`];
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  for (const word of (query.q ?? "").split(/\s+/).filter(Boolean)) {
    const p = param(`%${word}%`);
    where.push(`(v.title ILIKE ${p} OR v.description ILIKE ${p})`);
  }
  if (query.country) where.push(`v."countryCode" = ${param(query.country)}`);
  if (query.region) where.push(`v."regionCode" = ${param(query.region)}`);
  if (query.sector) where.push(`v.sector = ${param(query.sector)}`);
  if (query.type) where.push(`v."employmentType" = ${param(query.type)}`);
  if (query.housing) where.push(`v."housingProvided"`);
  const from = `FROM "Vacancy" v JOIN "Organization" o ON o.id = v."organizationId" WHERE ${where.join(" AND ")}`;
  return [
    {
      text: `SELECT v.id, v.title ${from} ORDER BY v."publishedAt" DESC LIMIT 20 OFFSET ${(query.page - 1) * 20}`,
      values,
    },
    { text: `SELECT count(*) ${from}`, values },
    { text: `SELECT v."countryCode", count(*) ${from} GROUP BY 1`, values },
    { text: `SELECT v.sector, count(*) ${from} GROUP BY 1`, values },
    { text: `SELECT v."regionCode", count(*) ${from} GROUP BY 1`, values },
  ];
}

let pool: pg.Pool;

/** A statement as the engine runs it: text statements with bitmap index scans only, in their own transaction. */
async function runBare(statement: { text: string; values: unknown[] }, text: boolean) {
  if (!text) return pool.query(statement.text, statement.values);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      "SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)",
    );
    await client.query(statement.text, statement.values);
    await client.query("COMMIT");
  } finally {
    client.release();
  }
}

async function main() {
  prepareBenchDatabase(server, "portal_bench", { vacancies, reuse: args.includes("--reuse") });
  const prisma = createPrismaClient(url, 2);
  const total = await prisma.vacancySearch.count();
  pool = new pg.Pool({ connectionString: url, max: 16, options: connectionOptions });

  // The engine's statements, prepared as the app prepares them (terms, corrections, rate), then run bare.
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "benchmark-secret-at-least-32-characters-long";
  const contexts = await Promise.all(parsed.map((q) => searchContext(q.q)));
  // The engine searches descriptions only when the other fields find few vacancies: the same here.
  // One query at a time: twenty broad searches at once over a million rows would wait for the pool.
  const bare: { text: string; values: unknown[] }[][] = [];
  for (const [i, q] of parsed.entries()) {
    const headOnly = await postgresEngine.search(q, contexts[i]!);
    const descriptions = contexts[i]!.terms.length > 0 && headOnly.total < descriptionSearchBelow;
    const { hits, facets } = await searchStatements(q, contexts[i]!, { descriptions });
    bare.push([hits, facets].map((s) => ({ text: s.text, values: s.values })));
  }
  const naive = parsed.map(ilikeStatements);

  const app = await startServer(url, port);
  try {
    const paths = queryMix.map((params) => `/api/search?${new URLSearchParams(params)}`);
    const rows: string[] = [];
    const report = (name: string, c: number, r: Awaited<ReturnType<typeof loadFor>>) =>
      rows.push(
        `| ${name} | ${c} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.qps.toFixed(0)} | ${r.n} | ${r.failed} |`,
      );
    for (const c of [1, 16]) {
      report(
        "app: GET /api/search",
        c,
        await load(c, async (i) => {
          const response = await fetch(`http://127.0.0.1:${port}${paths[i]}`, {
            headers: { "cache-control": "no-cache" },
          });
          if (!response.ok) throw new Error(`${paths[i]}: ${response.status}`);
          await response.arrayBuffer();
        }),
      );
      report(
        "bare SQL (same statements)",
        c,
        await load(c, async (i) => {
          await Promise.all(bare[i]!.map((s) => runBare(s, parsed[i]!.q !== undefined)));
        }),
      );
      if (!args.includes("--no-naive"))
        report(
          "naive ILIKE '%…%'",
          c,
          await load(c, async (i) => {
            await Promise.all(naive[i]!.map((s) => pool.query(s.text, s.values)));
          }),
        );
    }

    // Freshness: publish a vacancy the way the use cases do (status + search index in one transaction).
    const org = await prisma.organization.findFirstOrThrow({ where: { isDemo: true, countryCode: "KZ" } });
    const marker = `Бенчмарк ${Date.now().toString(36)}`;
    const created = await prisma.vacancy.create({
      data: {
        organizationId: org.id,
        title: marker,
        description: "benchmark",
        occupationCode: "5120",
        sector: "SERVICES",
        countryCode: "KZ",
        regionCode: "KZ-75",
        salaryCurrency: "KZT",
        employmentType: "FULL_TIME",
        status: "DRAFT",
        validThrough: new Date(Date.now() + 86_400_000),
      },
    });
    const { recordSearchChange } = await import("../../lib/search/record-search-change");
    const t0 = performance.now();
    await prisma.$transaction(async (tx) => {
      await tx.vacancy.update({ where: { id: created.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
      await recordSearchChange(tx, [created.id]);
    });
    let visibleMs = -1;
    for (;;) {
      const body = (await (
        await fetch(`http://127.0.0.1:${port}/api/search?${new URLSearchParams({ q: marker, sort: "newest" })}`)
      ).json()) as { hits: { id: string }[] };
      if (body.hits.some((h) => h.id === created.id)) {
        visibleMs = performance.now() - t0;
        break;
      }
      if (performance.now() - t0 > 10_000) break;
    }
    await prisma.vacancy.delete({ where: { id: created.id } });

    console.log(
      `\n${total} public vacancies in the index; ${queryMix.length} queries in the mix; ${seconds} s per row after a warm-up pass.\n`,
    );
    console.log("| path | concurrency | p50 ms | p95 ms | p99 ms | queries/s | requests | failed |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const row of rows) console.log(row);
    console.log(
      `\nFreshness: a newly published vacancy was searchable ${visibleMs.toFixed(0)} ms after its transaction began.`,
    );
    console.log(`Terms of the mix: ${parsed.map((q) => skeletonWords(q.q ?? "").join("+") || "-").join(", ")}`);
  } finally {
    stopServer(app);
    await pool.end();
    await prisma.$disconnect();
  }
}

await main();
process.exit(0);
