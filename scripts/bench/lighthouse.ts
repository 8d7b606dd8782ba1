// npm run bench:lighthouse [-- --url http://127.0.0.1:3000] [--runs 3]
// Lighthouse (mobile: the default config, simulated slow 4G and a 4× slower CPU) on the home, search and
// vacancy pages, against the system Chromium: the four category scores (performance: the median of --runs)
// and the compressed JavaScript each page downloads. The target (issue 10): 100 in every category and
// under 150 KB of compressed JavaScript per page.
// Without --url it starts the built portal (`npm run build` first) on the bench:pages database.
import { execFileSync } from "node:child_process";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import pg from "pg";
import { withDatabase } from "../../lib/server/database-url";
import { startServer, stopServer } from "./load";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback;
const runs = Number(option("runs", "3"));
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

async function vacancyId(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const row = (
      await client.query(`SELECT id FROM "Vacancy" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`)
    ).rows[0];
    if (!row) throw new Error("no published vacancy: run npm run bench:pages first (it fills the database)");
    return row.id;
  } finally {
    await client.end();
  }
}

async function main() {
  const server =
    process.env.BENCH_DATABASE_URL ?? execFileSync("bash", ["scripts/ensure-postgres.sh"], { encoding: "utf8" }).trim();
  const databaseUrl = withDatabase(server, "portal_bench_pages");
  const port = 3292;
  const app = args.includes("--url") ? null : await startServer(databaseUrl, port);
  const base = option("url", `http://127.0.0.1:${port}`);
  const id = await vacancyId(databaseUrl);
  const pages = [
    ["home", "/ru"],
    // Filter pages are indexable; a typed query is deliberately noindex (lib/seo/search-canonical.ts), which
    // Lighthouse's SEO category counts against it.
    ["search (filters)", "/ru/vacancies?country=KZ&sector=CONSTRUCTION"],
    ["search (typed query, noindex)", "/ru/vacancies?q=%D0%BF%D0%BE%D0%B2%D0%B0%D1%80&country=KZ"],
    ["vacancy", `/ru/vacancies/${id}`],
    ["home (ky)", "/ky"],
    ["vacancy (ky)", `/ky/vacancies/${id}`],
  ] as const;
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const rows: string[] = [];
  try {
    for (const [name, path] of pages) {
      await fetch(base + path); // rendered once, as any visitor after the first finds it
      const scores: Record<string, number[]> = Object.fromEntries(categories.map((c) => [c, []]));
      let scriptKb = 0;
      const failing = new Set<string>();
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(base + path, { port: chrome.port, output: "json", logLevel: "error" });
        const lhr = result!.lhr;
        for (const c of categories) scores[c]!.push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
        const summary = lhr.audits["resource-summary"]?.details as unknown as {
          items: { resourceType: string; transferSize: number }[];
        };
        scriptKb = (summary.items.find((item) => item.resourceType === "script")?.transferSize ?? 0) / 1024;
        for (const audit of Object.values(lhr.audits))
          if (
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== "informative" &&
            audit.scoreDisplayMode !== "manual"
          )
            failing.add(audit.id);
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      rows.push(
        `| ${name} | ${categories.map((c) => median(scores[c]!)).join(" | ")} | ${scriptKb.toFixed(1)} | ${[...failing].join(", ") || "–"} |`,
      );
    }
  } finally {
    chrome.kill();
    if (app) stopServer(app);
  }
  console.log(
    `\nLighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, mobile, median of ${runs} runs for performance\n`,
  );
  console.log("| page | performance | accessibility | best practices | SEO | JS KiB (compressed) | audits below 1 |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const row of rows) console.log(row);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
