// Prepares the integration-test database once per run: a real PostgreSQL when DATABASE_URL names one
// (it must be a disposable database whose name contains "test"), otherwise an in-memory embedded
// PostgreSQL started here. Migrations are applied and reference data loaded, as in production.
import { migrationsList, noFilter, openEngine } from "../../scripts/db/schema-engine";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../scripts/embedded-db";
import { seed } from "../../prisma/seed/run";

let embedded: EmbeddedPostgres | undefined;

export async function setup() {
  // Tests sign sessions and build links like a deployment would; mail stays in the outbox table.
  process.env.AUTH_SECRET ??= "integration-tests-secret-at-least-32-characters";
  process.env.APP_URL ??= "http://localhost:3000";
  let url = process.env.DATABASE_URL;
  if (url) {
    const name = new URL(url).pathname.slice(1);
    if (!name.includes("test"))
      throw new Error(`Refusing to run integration tests on "${name}": use a database whose name contains "test".`);
    console.log(`[integration] PostgreSQL server, database ${name}`);
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: "memory://",
      port: Number(process.env.EMBEDDED_TEST_DB_PORT ?? 54398),
    });
    url = embedded.url;
    process.env.DATABASE_URL = url;
    process.env.DATABASE_POOL_MAX = "1";
    console.log("[integration] no DATABASE_URL: embedded PGlite (in memory)");
  }
  const { engine, close } = await openEngine(url);
  try {
    await engine.applyMigrations({ migrationsList: migrationsList(), filters: noFilter });
  } finally {
    await close();
  }
  await seed(url, { demo: false, poolMax: 1 });
}

export async function teardown() {
  await embedded?.stop();
}
