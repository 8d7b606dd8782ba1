// npm run bench:load [-- --reuse] [--vacancies 100000] [--concurrency 50] [--seconds 60] [--warmup-seconds 60]
//                     [--only <kind>]
//                     [--setups app,nginx]
// The production server (`npm start`: scripts/serve.ts around the build, the job worker in-process) under a
// realistic mix of what people do, from `--concurrency` closed loops for `--seconds`, in two setups, one
// after the other, each from a cold start: the portal alone, and behind nginx with the shared cache of
// docs/deploy/nginx-portal.conf (the production setup docs/operations.md describes; nginx-light is
// installed from Debian when missing). The mix:
//   33 % vacancy pages (2 000 vacancies × 4 languages)   30 % search pages (the search benchmark's query mix)
//   10 % home pages                                      12 % GET /api/search, 6 % suggestions, 4 % occupations
//    3 % view counts (POST)                               2 % employers saving a draft (a server action, signed in)
// Popularity is skewed as on any portal: a vacancy page is drawn with probability falling with its rank (a tenth
// of the vacancies get about half of the visits), and one search in three is a long-tail question asked once
// (a pay filter no one else typed), so neither cache sees only repeats.
// Target (issue 12): zero errors and p95 ≤ 300 ms at concurrency 50 for 60 s with 100 000 vacancies.
// Shares the database of bench:pages (portal_bench_pages); needs `npm run build` first.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { withDatabase } from "../../lib/server/database-url";
import { builtServerActions, postServerAction } from "../../lib/testing/server-actions";
import { load, percentile, prepareBenchDatabase, waitForHealth, type LoadResult } from "./load";
import { queryMix } from "./search-mix";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) =>
  args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1]! : fallback;
const vacancies = Number(option("vacancies", "100000"));
const concurrency = Number(option("concurrency", "50"));
const seconds = Number(option("seconds", "60"));
/** Steady state, as a server that has run for a while: the same mix, unmeasured, before the measured run. */
const warmupSeconds = Number(option("warmup-seconds", "60"));
/** One kind of request alone (e.g. "search page"): what it costs by itself. */
const only = option("only", "");
const server =
  process.env.BENCH_DATABASE_URL ?? execFileSync("bash", ["scripts/ensure-postgres.sh"], { encoding: "utf8" }).trim();
const url = withDatabase(server, "portal_bench_pages");
const port = 3293;
const proxyPort = 3294;
type Setup = "app" | "nginx";
const setups = option("setups", "app,nginx").split(",") as Setup[];
const authSecret = "benchmark-secret-at-least-32-characters-long";
const locales = ["ru", "ky", "kk", "en"] as const;

type Kind = "vacancy page" | "search page" | "home" | "api search" | "suggest" | "occupations" | "view" | "draft";
const weights: [Kind, number][] = [
  ["vacancy page", 33],
  ["search page", 30],
  ["home", 10],
  ["api search", 12],
  ["suggest", 6],
  ["occupations", 4],
  ["view", 3],
  ["draft", 2],
];
/** Request i is of kind plan[i % 100]: the weights, interleaved so every stretch of the run has the same mix. */
const plan: Kind[] = Array.from({ length: 100 }, (_, i) => {
  const point = (i * 37) % 100;
  let sum = 0;
  for (const [kind, weight] of weights) if (point < (sum += weight)) return kind;
  return "vacancy page";
});
const prefixes = ["пов", "вод", "шве", "стро", "прод", "ash", "kur", "сат"];
const occupationWords = ["водитель", "повар", "швея", "строитель", "продавец", "жүргізуші", "айдоочу"];

async function prepare() {
  prepareBenchDatabase(server, "portal_bench_pages", { vacancies, reuse: args.includes("--reuse") });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const total = Number(
      (await client.query(`SELECT count(*) FROM "Vacancy" WHERE status = 'PUBLISHED'`)).rows[0].count,
    );
    const ids: string[] = (
      await client.query(`SELECT id FROM "Vacancy" WHERE status = 'PUBLISHED' ORDER BY random() LIMIT 2000`)
    ).rows.map((row) => row.id);
    // An employer of an organisation of their own (made once; last run's drafts removed) posts the drafts,
    // through a session of their own: a typical employer with a handful of vacancies, not one of the
    // generated organisations that hold a thousand each.
    const organizationId = (
      await client.query(
        `INSERT INTO "Organization" (id, "countryCode", kind, "legalName", "registryNumber", "verificationState", "updatedAt")
         VALUES ('load-benchmark', 'KZ', 'COMPANY', 'ТОО «Нагрузочный тест»', '240140000007', 'VERIFIED', now())
         ON CONFLICT (id) DO UPDATE SET "updatedAt" = now() RETURNING id`,
      )
    ).rows[0].id as string;
    await client.query(`DELETE FROM "Vacancy" WHERE "organizationId" = $1 AND status = 'DRAFT'`, [organizationId]);
    const owner = (
      await client.query(
        `INSERT INTO "User" (id, email, name, role, "emailVerified", "updatedAt")
         VALUES (gen_random_uuid()::text, 'load-benchmark@example.test', 'Нагрузочный тест', 'EMPLOYER', now(), now())
         ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name RETURNING id, "sessionVersion"`,
      )
    ).rows[0] as { id: string; sessionVersion: number };
    await client.query(`DELETE FROM "Membership" WHERE "userId" = $1`, [owner.id]);
    await client.query(
      `INSERT INTO "Membership" (id, "userId", "organizationId", role) VALUES (gen_random_uuid()::text, $1, $2, 'OWNER')`,
      [owner.id, organizationId],
    );
    const sid = (
      await client.query(
        `INSERT INTO "SignInSession" (id, "userId", "createdAt", "lastSeenAt", "expiresAt")
         VALUES (gen_random_uuid()::text, $1, now(), now(), now() + interval '1 day') RETURNING id`,
        [owner.id],
      )
    ).rows[0].id as string;
    const cookie = await encode({
      token: { uid: owner.id, sv: owner.sessionVersion, sid, sub: owner.id },
      secret: authSecret,
      salt: "authjs.session-token",
      maxAge: 60 * 60 * 4,
    });
    return { total, ids, cookie: `authjs.session-token=${cookie}` };
  } finally {
    await client.end();
  }
}

function startPortal(setup: Setup) {
  const app = spawn("npx", ["tsx", "scripts/start.ts", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      AUTH_SECRET: authSecret,
      APP_URL: `http://127.0.0.1:${setup === "nginx" ? proxyPort : port}`,
      WORKER_IN_PROCESS: "1",
      ...(setup === "nginx" ? { TRUSTED_PROXIES: "1" } : {}),
    },
    stdio: "ignore",
    detached: true,
  });
  return app;
}

/** nginx with the reference configuration, its cache and temporary files in a fresh folder. */
function startNginx() {
  if (spawnSync("which", ["nginx"]).status !== 0)
    execFileSync("apt-get", ["install", "-y", "-qq", "nginx-light"], { stdio: "inherit" });
  const dir = mkdtempSync(path.join(tmpdir(), "portal-nginx-"));
  const site = readFileSync("docs/deploy/nginx-portal.conf", "utf8")
    .replaceAll("__CACHE_DIR__", path.join(dir, "cache"))
    .replaceAll("__PORTAL_PORT__", String(port))
    .replaceAll("__LISTEN__", `127.0.0.1:${proxyPort}`);
  writeFileSync(path.join(dir, "portal.conf"), site);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((name) => `${name}_temp_path ${path.join(dir, name)};`)
    .join(" ");
  writeFileSync(
    path.join(dir, "nginx.conf"),
    // Workers as the user running the benchmark (the folder is theirs); ignored when that is not root.
    `user ${userInfo().username}; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http { access_log off; ${temp} include ${dir}/portal.conf; }\n`,
  );
  return spawn("nginx", ["-c", path.join(dir, "nginx.conf"), "-g", "daemon off;"], {
    stdio: "inherit",
    detached: true,
  });
}

async function main() {
  const { total, ids, cookie } = await prepare();
  const draftAction = builtServerActions().find((action) => action.exportedName === "saveVacancyAction");
  if (!draftAction) throw new Error("saveVacancyAction is not in the build: run npm run build");
  const searchParams = queryMix.map((query) => new URLSearchParams(query).toString());

  /** A fixed pseudo-random number in [0, 1) for request i (the same run each time). */
  const draw = (i: number) => ((Math.imul(i + 1, 2654435761) >>> 0) % 1_000_003) / 1_000_003;
  const popularVacancy = (i: number) => ids[Math.floor(ids.length * draw(i) ** 3)]!;
  const searchFor = (i: number) => {
    const params = searchParams[i % searchParams.length]!;
    return i % 3 === 2 ? `${params}&pay=${100_000 + i}&currency=KZT` : params;
  };

  const request = async (base: string, i: number, kind: Kind) => {
    const locale = locales[i % locales.length]!;
    const get = async (path: string) => {
      const response = await fetch(`${base}${path}`, { headers: { "accept-encoding": "gzip" } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
    };
    switch (kind) {
      case "vacancy page":
        return get(`/${locale}/vacancies/${popularVacancy(i)}`);
      case "search page":
        return get(`/${locale}/vacancies?${searchFor(i)}`);
      case "home":
        return get(`/${locale}`);
      case "api search":
        return get(`/api/search?${searchFor(i)}&locale=${locale}`);
      case "suggest":
        return get(`/api/search/suggest?q=${encodeURIComponent(prefixes[i % prefixes.length]!)}&locale=${locale}`);
      case "occupations":
        return get(
          `/api/occupations?q=${encodeURIComponent(occupationWords[i % occupationWords.length]!)}&locale=${locale}`,
        );
      case "view": {
        const response = await fetch(`${base}/api/vacancies/${ids[(i * 7) % ids.length]}/views`, { method: "POST" });
        await response.arrayBuffer();
        if (response.status >= 400) throw new Error(`view: ${response.status}`);
        return;
      }
      case "draft": {
        const answer = await postServerAction(
          base,
          draftAction,
          { intent: "draft", title: `Водитель погрузчика (нагрузочный тест ${i})` },
          { Cookie: cookie },
        );
        if (answer.status >= 400 || !answer.redirectTo.includes("/employer"))
          throw new Error(`draft: ${answer.status} ${answer.text.slice(0, 200)}`);
      }
    }
  };

  console.log(`\n${total} published vacancies.`);
  for (const setup of setups) {
    const base = `http://127.0.0.1:${setup === "nginx" ? proxyPort : port}`;
    for (const busy of [port, proxyPort]) {
      const answers = await fetch(`http://127.0.0.1:${busy}/`).then(
        () => true,
        () => false,
      );
      if (answers) throw new Error(`something already answers on port ${busy}: stop it first`);
    }
    const app = startPortal(setup);
    const proxy = setup === "nginx" ? startNginx() : undefined;
    try {
      await waitForHealth(base);
      report(setup, await measure((i, kind) => request(base, i, kind)));
    } finally {
      if (proxy?.pid) process.kill(-proxy.pid, "SIGTERM");
      if (app.pid) process.kill(-app.pid, "SIGTERM");
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
}

type Measured = { result: LoadResult; byKind: Map<Kind, number[]>; failures: Map<string, number> };

async function measure(request: (i: number, kind: Kind) => Promise<void>): Promise<Measured> {
  const byKind = new Map<Kind, number[]>();
  const failures = new Map<string, number>();
  await load(concurrency, warmupSeconds, 0, (i) => request(i + 1_000_000, plan[i % plan.length]!));
  const result = await load(concurrency, seconds, 0, async (i) => {
    const kind = (only || plan[i % plan.length]) as Kind;
    const t0 = performance.now();
    try {
      await request(i, kind);
    } catch (error) {
      const key = `${kind}: ${(error as Error).message.slice(0, 80)}`;
      failures.set(key, (failures.get(key) ?? 0) + 1);
      throw error;
    }
    (byKind.get(kind) ?? byKind.set(kind, []).get(kind)!).push(performance.now() - t0);
  });
  return { result, byKind, failures };
}

function report(setup: Setup, { result, byKind, failures }: Measured) {
  const name = setup === "nginx" ? "behind nginx (docs/deploy/nginx-portal.conf)" : "the portal alone";
  console.log(
    `\n### ${name}: concurrency ${concurrency}, ${seconds} s after ${warmupSeconds} s of the same mix unmeasured\n`,
  );
  console.log("| requests | n | p50 ms | p95 ms | p99 ms |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  console.log(
    `| **all** (${result.qps.toFixed(0)} requests/s, ${result.failed} failed) | ${result.n} | ${result.p50.toFixed(0)} | ${result.p95.toFixed(0)} | ${result.p99.toFixed(0)} |`,
  );
  for (const [kind] of weights) {
    const latencies = (byKind.get(kind) ?? []).sort((a, b) => a - b);
    if (latencies.length === 0) continue;
    console.log(
      `| ${kind} | ${latencies.length} | ${percentile(latencies, 50).toFixed(0)} | ${percentile(latencies, 95).toFixed(0)} | ${percentile(latencies, 99).toFixed(0)} |`,
    );
  }
  for (const [key, count] of failures) console.log(`failed ×${count}: ${key}`);
  const met = result.failed === 0 && result.p95 <= 300;
  console.log(`\nTarget (0 errors, p95 ≤ 300 ms): ${met ? "met" : "missed"}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
