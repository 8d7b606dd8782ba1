// The embedded default database: PostgreSQL compiled to WASM (PGlite), persisted in a folder and served
// over the PostgreSQL wire protocol, so the portal talks to it exactly as to a real server (adapter-pg,
// same SQL, same migrations). See docs/decisions/0003-embedded-database.md.
//
//   npm run db:embedded            serve .data/pglite on 127.0.0.1:54329 until stopped
//   EMBEDDED_DB_DIR=memory://      an in-memory database (tests on machines without PostgreSQL)
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedPostgres = { url: string; dataDir: string; stop: () => Promise<void> };

export const defaultEmbeddedDir = path.resolve(import.meta.dirname, "../.data/pglite");
export const defaultEmbeddedPort = 54329;

export async function startEmbeddedPostgres(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedPostgres> {
  const dataDir = options.dataDir ?? process.env.EMBEDDED_DB_DIR ?? defaultEmbeddedDir;
  const port = options.port ?? Number(process.env.EMBEDDED_DB_PORT ?? defaultEmbeddedPort);
  const inMemory = dataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { pg_trgm, unaccent, fuzzystrmatch } });
  // PGlite is a single session. The socket server queues queries from a few connections onto it; clients
  // keeps a transaction's statements on its connection; 8 connections leave room for the app (1), the worker
  // (pg-boss, 3) and a command such as `npm run staff:create` or psql.
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 8 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    dataDir,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const embedded = await startEmbeddedPostgres();
  console.log(`Embedded PostgreSQL (${embedded.dataDir}) at ${embedded.url}`);
  const shutdown = async () => {
    await embedded.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
