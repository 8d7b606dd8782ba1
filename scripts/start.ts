// npm start [-- -p PORT] [--demo] [--dev]
// Starts the portal. With DATABASE_URL it uses that server as is (migrations are a separate deploy step:
// npm run db:migrate). Without it, it starts the embedded database (.data/pglite), applies pending
// migrations, loads reference data, and with --demo fills an empty database with demo data.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { seed } from "../prisma/seed/run";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-db";
import { migrationsList, noFilter, openEngine } from "./db/schema-engine";

const args = process.argv.slice(2);
const dev = args.includes("--dev");
const demo = args.includes("--demo");
const nextArgs = args.filter((a) => a !== "--dev" && a !== "--demo");

async function migrate(url: string) {
  const { engine, close } = await openEngine(url);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: migrationsList(),
      filters: noFilter,
    });
    if (appliedMigrationNames.length) console.log(`[start] applied migrations: ${appliedMigrationNames.join(", ")}`);
  } finally {
    await close();
  }
}

let embedded: EmbeddedPostgres | undefined;
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
if (!process.env.DATABASE_URL) {
  const started = performance.now();
  embedded = await startEmbeddedPostgres();
  console.log(`[start] embedded PostgreSQL in ${embedded.dataDir}`);
  await migrate(embedded.url);
  await seed(embedded.url, { demo });
  console.log(`[start] database ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  env.DATABASE_URL = embedded.url;
  env.DATABASE_POOL_MAX = "1";
  // The embedded default is a developer's or tester's machine: sessions are signed with a secret kept
  // beside the data, mail stays in the outbox (readable at /<locale>/dev/outbox), and the worker runs in-process.
  env.AUTH_SECRET ??= embedded.dataDir.startsWith("memory://")
    ? randomBytes(32).toString("base64url")
    : embeddedAuthSecret(path.dirname(embedded.dataDir));
  if (!env.SMTP_URL) env.DEV_OUTBOX ??= "1";
  env.WORKER_IN_PROCESS ??= "1";
  env.APP_URL ??= `http://localhost:${portArgument() ?? 3000}`;
  // A developer's machine: listen on this machine only (the outbox and demo accounts are not for the network).
  env.HOST ??= "127.0.0.1";
}

function embeddedAuthSecret(dataFolder: string): string {
  return secretFile(path.join(dataFolder, "auth-secret"));
}

function portArgument(): string | undefined {
  const index = nextArgs.findIndex((a) => a === "-p" || a === "--port");
  return index >= 0 ? nextArgs[index + 1] : process.env.PORT;
}

// A local Meilisearch binary on the PATH is used automatically in the embedded default (the index is
// rebuilt from the database at start); without one, search runs on PostgreSQL.
let meili: ReturnType<typeof spawn> | undefined;
if (embedded && !env.MEILI_URL && hasCommand("meilisearch")) {
  const dataFolder = path.dirname(embedded.dataDir);
  const masterKey = (env.MEILI_MASTER_KEY ??= secretFile(path.join(dataFolder, "meili-master-key")));
  meili = spawn(
    "meilisearch",
    [
      "--db-path",
      path.join(dataFolder, "meili"),
      "--http-addr",
      "127.0.0.1:7700",
      "--master-key",
      masterKey,
      "--no-analytics",
      "--env",
      "development",
    ],
    { stdio: "ignore" },
  );
  if (await waitForHttp("http://127.0.0.1:7700/health", 30_000)) {
    env.MEILI_URL = "http://127.0.0.1:7700";
    spawnSync("npm", ["run", "--silent", "search:reindex"], { stdio: "inherit", env });
    console.log("[start] search: Meilisearch on 127.0.0.1:7700");
  } else {
    console.warn("[start] meilisearch did not start; search runs on PostgreSQL");
    meili.kill();
    meili = undefined;
  }
}

function hasCommand(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

function secretFile(file: string): string {
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function waitForHttp(url: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return true;
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

// The first administrator can come from the environment (never a default password): created once.
if (env.FIRST_ADMIN_EMAIL && env.FIRST_ADMIN_PASSWORD) {
  spawnSync(
    "npm",
    [
      "run",
      "--silent",
      "staff:create",
      "--",
      "--email",
      env.FIRST_ADMIN_EMAIL,
      "--name",
      env.FIRST_ADMIN_NAME ?? "Administrator",
    ],
    {
      stdio: "inherit",
      env: { ...env, STAFF_PASSWORD: env.FIRST_ADMIN_PASSWORD },
    },
  );
}

// scripts/serve.ts: Next's handler behind the one place that decides the client's address (TRUSTED_PROXIES).
// Node itself with tsx's loader, not `npx tsx`: on a SIGTERM sent to the whole process group (systemd,
// docker stop) the npm and tsx wrappers ended the server at once, cutting requests in flight (fault drill).
const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : []), ...nextArgs], {
  stdio: "inherit",
  env: { ...env, NODE_ENV: dev ? "development" : "production" },
});
const stop = async (code: number) => {
  meili?.kill();
  await embedded?.stop().catch(() => undefined);
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => void stop(code ?? 0));
