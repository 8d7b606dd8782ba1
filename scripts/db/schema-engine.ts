// Drives Prisma's WASM schema engine (from npm) with a PostgreSQL driver adapter, so migrations run
// on machines where the native engine cannot be downloaded. It reads and writes the standard
// prisma/migrations/*/migration.sql files and the _prisma_migrations table, so the official CLI keeps
// working wherever it can download its engine. See docs/decisions/0002-migrations-without-native-engine.md.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine, SchemasContainer } from "@prisma/schema-engine-wasm";
import { poolConfigFromUrl } from "../../lib/server/database-url";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");
export const noFilter = { externalTables: [], externalEnums: [] };

const require = createRequire(import.meta.url);
let wasmReady: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;

/** Node 20 cannot `import` a .wasm file: instantiate it by hand, as wasm-bindgen's bundler glue expects. */
function loadWasm() {
  wasmReady ??= (async () => {
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmFile = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmFile), { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return wasmReady;
}

/**
 * Two fixes to adapter-pg for the schema engine, applied once to its queryable prototype:
 * - it cannot decode the catalog type "char" (OID 18) that introspection reads; node-postgres already
 *   returns it as a string, so reporting it as bpchar (1042) is exact;
 * - its executeScript splits a migration on every ";", which breaks functions with $$ bodies. Sending the
 *   script whole uses the simple-query protocol, which also runs it as one implicit transaction.
 */
function patchAdapter(adapter: object) {
  let proto = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto || proto.__portalPatched) return;
  const performIO = proto.performIO;
  proto.performIO = async function (...args: unknown[]) {
    const result = await performIO.apply(this, args);
    for (const field of result.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 1042;
    return result;
  };
  const adapterProto = Object.getPrototypeOf(adapter);
  adapterProto.executeScript = async function (this: { client: pg.Pool; onError: (e: unknown) => never }, script: string) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  proto.__portalPatched = true;
}

export type EngineHandle = { engine: SchemaEngine; close: () => Promise<void> };

/** Opens an engine on the database at `url`. The shadow database (for dev/diff) is a temporary one on the same server. */
export async function openEngine(url: string): Promise<EngineHandle> {
  const bg = await loadWasm();
  const config = poolConfigFromUrl(url);
  const base = new PrismaPg(config);
  const factory = {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const adapter = await base.connect();
      patchAdapter(adapter);
      return adapter;
    },
    // adapter-pg's own shadow database drops it before closing its pool (which fails) and, given a
    // connectionString, silently points the pool at the real database: build it from parts instead.
    async connectToShadowDb() {
      const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client(config);
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadow = new PrismaPg({ ...config, database: name });
      const adapter = await shadow.connect();
      patchAdapter(adapter);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        const dropper = new pg.Client(config);
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      };
      return adapter;
    },
  };
  const schema = readFileSync(schemaPath, "utf8");
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  const engine = await bg.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory as never),
  );
  return {
    engine,
    async close() {
      engine.free();
    },
  };
}

export function schemaFiles(): SchemasContainer {
  return { files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] };
}

export function migrationsList(): MigrationList {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((dir) => {
      const file = path.join(migrationsDir, dir, "migration.sql");
      return {
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}
