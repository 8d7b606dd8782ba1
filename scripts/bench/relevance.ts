// npm run bench:relevance [-- --reuse] [--engine postgres|meilisearch] [--verbose]
// Graded relevance of search on the demo data: scripts/bench/relevance-queries.json holds the queries (ru, ky,
// kk, en, Latin and informal translit, typos, word forms, synonyms and phrases, description-only words, place
// words) and for each a spec of the vacancies that are relevant (grade 1) and best (grade 2). Prints top-5
// hit rate, MRR and nDCG@10, overall and per category. Ties in the engine's ordering are broken AGAINST the
// expected vacancies (they go last among equals), so luck in ordering never counts.
// The database: portal_bench_relevance on the local server (scripts/ensure-postgres.sh), or BENCH_DATABASE_URL.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import pg from "pg";
import { withDatabase } from "../../lib/server/database-url";

type Spec = {
  isco?: string[];
  titleAny?: string[];
  descriptionAny?: string[];
  countryCode?: string;
  regionCode?: string[];
  cityCode?: string[];
  ids?: string[];
};
type Query = { id: string; category: string; query: string; relevant: Spec; grade2?: Spec };
type Hit = {
  id: string;
  score: number | null;
  verified: boolean;
  salaryMin: number | null;
  salaryMax: number | null;
  publishedAt: Date;
};

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback;
const verbose = args.includes("--verbose");
const engineName = option("engine", "postgres");
const server =
  process.env.BENCH_DATABASE_URL ?? execFileSync("bash", ["scripts/ensure-postgres.sh"], { encoding: "utf8" }).trim();
const url = withDatabase(server, "portal_bench_relevance");
const queries = (JSON.parse(readFileSync("scripts/bench/relevance-queries.json", "utf8")) as { queries: Query[] })
  .queries;

function specSql(spec: Spec, values: unknown[]): string {
  const param = (value: unknown) => `$${values.push(value)}`;
  const where = [`v.status = 'PUBLISHED'`];
  if (spec.isco) where.push(`v."occupationCode" = ANY(${param(spec.isco)}::text[])`);
  if (spec.titleAny)
    where.push(
      `EXISTS (SELECT 1 FROM unnest(${param(spec.titleAny)}::text[]) t WHERE strpos(lower(v.title), lower(t)) > 0)`,
    );
  if (spec.descriptionAny)
    where.push(
      `EXISTS (SELECT 1 FROM unnest(${param(spec.descriptionAny)}::text[]) t WHERE strpos(lower(v.description), lower(t)) > 0)`,
    );
  if (spec.countryCode) where.push(`v."countryCode"::text = ${param(spec.countryCode)}`);
  if (spec.regionCode) where.push(`v."regionCode" = ANY(${param(spec.regionCode)}::text[])`);
  if (spec.cityCode) where.push(`v."cityCode" = ANY(${param(spec.cityCode)}::text[])`);
  if (spec.ids) where.push(`v.id = ANY(${param(spec.ids)}::text[])`);
  return where.join(" AND ");
}

async function idsOf(pool: pg.Pool, spec: Spec): Promise<Set<string>> {
  const values: unknown[] = [];
  const { rows } = await pool.query<{ id: string }>(
    `SELECT v.id FROM "Vacancy" v WHERE ${specSql(spec, values)}`,
    values,
  );
  return new Set(rows.map((r) => r.id));
}

/** The engine's ordering key (without the final id tie-break): equal keys are ties. */
const tieKey = (hit: Hit) =>
  [
    hit.score?.toFixed(6) ?? "",
    hit.verified,
    hit.salaryMin !== null || hit.salaryMax !== null,
    new Date(hit.publishedAt).getTime(),
  ].join("|");

/** Reorders hits so that, among equal keys, vacancies with higher grades come last. */
function pessimistic(hits: Hit[], grade: (id: string) => number): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i < hits.length;) {
    let j = i;
    while (j < hits.length && tieKey(hits[j]!) === tieKey(hits[i]!)) j++;
    out.push(...hits.slice(i, j).sort((a, b) => grade(a.id) - grade(b.id)));
    i = j;
  }
  return out;
}

const dcg = (gains: number[]) => gains.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);

async function main() {
  if (!args.includes("--reuse")) {
    execFileSync("npx", ["tsx", "scripts/db/recreate-database.ts", server, "portal_bench_relevance"], {
      stdio: "ignore",
    });
    const env = { ...process.env, DATABASE_URL: url };
    execFileSync("npx", ["tsx", "scripts/db/migrate.ts", "deploy"], { stdio: "inherit", env });
    execFileSync("npx", ["tsx", "prisma/seed/run.ts", "--demo"], { stdio: "inherit", env });
  }
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "benchmark-secret-at-least-32-characters-long";
  const { searchQuerySchema } = await import("../../lib/search/query");
  const { searchVacancies } = await import("../../lib/search/search-vacancies");
  const { meilisearchEngine } = await import("../../lib/search/engine");
  // searchVacancies answers from Meilisearch when MEILI_URL is set, else from PostgreSQL.
  if (engineName === "meilisearch" && !meilisearchEngine()) throw new Error("--engine meilisearch needs MEILI_URL");
  if (engineName === "postgres") delete process.env.MEILI_URL;
  const pool = new pg.Pool({ connectionString: url, max: 2 });

  type Score = { hit5: number; rr: number; ndcg: number };
  const byCategory = new Map<string, Score[]>();
  const misses: string[] = [];
  for (const q of queries) {
    const relevant = await idsOf(pool, q.relevant);
    const best = q.grade2 ? await idsOf(pool, { ...q.relevant, ...q.grade2 }) : relevant;
    const grade = (id: string) => (best.has(id) && q.grade2 ? 2 : relevant.has(id) ? 1 : 0);
    const query = searchQuerySchema.parse({ q: q.query, sort: "relevance" });
    const result = await searchVacancies(query, { pageSize: 100 });
    const ranked = pessimistic(result.hits as Hit[], grade);
    const firstBest = ranked.findIndex((hit) => best.has(hit.id));
    const gains = ranked.slice(0, 10).map((hit) => grade(hit.id));
    const idealGains = [...relevant]
      .map(grade)
      .sort((a, b) => b - a)
      .slice(0, 10);
    const score: Score = {
      hit5: firstBest >= 0 && firstBest < 5 ? 1 : 0,
      rr: firstBest >= 0 ? 1 / (firstBest + 1) : 0,
      ndcg: dcg(idealGains) > 0 ? dcg(gains) / dcg(idealGains) : 0,
    };
    for (const key of [q.category, "all"]) byCategory.set(key, [...(byCategory.get(key) ?? []), score]);
    if (!score.hit5)
      misses.push(
        `${q.id} [${q.category}] "${q.query}": first expected at ${firstBest < 0 ? "none" : firstBest + 1} of ${result.total}`,
      );
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `\nRelevance on the demo data, engine ${engineName}, ${queries.length} queries (ties broken against the expected vacancies)\n`,
  );
  console.log("| category | queries | top-5 hit rate | MRR | nDCG@10 |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  const order = [...byCategory.keys()]
    .filter((k) => k !== "all")
    .sort()
    .concat("all");
  for (const category of order) {
    const scores = byCategory.get(category)!;
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    console.log(
      `| ${category === "all" ? "**all**" : category} | ${scores.length} | ${pct(mean(scores.map((s) => s.hit5)))} | ${mean(scores.map((s) => s.rr)).toFixed(3)} | ${mean(scores.map((s) => s.ndcg)).toFixed(3)} |`,
    );
  }
  if (verbose || misses.length <= 40)
    console.log(`\nMisses (expected vacancy not in the top 5):\n${misses.join("\n")}`);
  await pool.end();
}

await main();
process.exit(0);
