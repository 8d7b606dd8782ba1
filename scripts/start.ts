// npm start [-- -p PORT] [--demo] [--dev]
// Starts the portal. With DATABASE_URL it uses that server as is (migrations are a separate deploy step:
// npm run db:migrate). Without it, it starts the embedded database (.data/pglite), applies pending
// migrations, loads reference data, and with --demo fills an empty database with demo data.
import { spawn } from "node:child_process";
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
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrationsList(), filters: noFilter });
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
}

const child = spawn("npx", ["next", dev ? "dev" : "start", ...nextArgs], { stdio: "inherit", env });
const stop = async (code: number) => {
  await embedded?.stop().catch(() => undefined);
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => void stop(code ?? 0));
