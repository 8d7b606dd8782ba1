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
import type * as SchemaEngineWasm from "@prisma/schema-engine-wasm/schema_engine_bg";
import { poolConfigFromUrl } from "../../lib/server/database-url";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");
export const noFilter = { externalTables: [], externalEnums: [] };

const require = createRequire(import.meta.url);
let wasmReady: Promise<typeof SchemaEngineWasm> | undefined;

/** Node 20 cannot `import` a .wasm file: instantiate it by hand, as wasm-bindgen's bundler glue expects. */
function loadWasm() {
  // The engine reports a Rust panic through this global (as the Prisma CLI sets it up); without it a
  // panic surfaces as an unrelated TypeError.
  const registry = {
    message: "",
    set_message(message: string) {
      this.message = `RuntimeError: ${message}`;
    },
  };
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof registry }).PRISMA_WASM_PANIC_REGISTRY ??= registry;
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
 * Two fixes to adapter-pg for the schema engine, applied once to its prototypes:
 * - it cannot decode the catalog type "char" (OID 18) that introspection reads (constraint kinds, …):
 *   node-postgres returns it as a string; we report the column to the engine as Character (type 6),
 *   which is what the engine's describer expects;
 * - its executeScript splits a migration on every ";", which breaks functions with $$ bodies. Sending the
 *   script whole uses the simple-query protocol, which also runs it as one implicit transaction.
 * The schema engine runs its queries one at a time, so remembering the last result's "char" columns per
 * adapter is safe here.
 */
const CHAR_OID = 18;
const BPCHAR_OID = 1042;
const CHARACTER_COLUMN = 6;

function patchAdapter(adapter: object) {
  let queryable = Object.getPrototypeOf(adapter);
  while (queryable && !Object.prototype.hasOwnProperty.call(queryable, "performIO"))
    queryable = Object.getPrototypeOf(queryable);
  if (!queryable || queryable.__portalPatched) return;
  const performIO = queryable.performIO;
  queryable.performIO = async function (this: { __charColumns?: number[] }, ...args: unknown[]) {
    const result = await performIO.apply(this, args);
    this.__charColumns = [];
    (result.fields ?? []).forEach((field: { dataTypeID: number }, index: number) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = BPCHAR_OID;
        this.__charColumns!.push(index);
      }
    });
    return result;
  };
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async function (this: { __charColumns?: number[] }, ...args: unknown[]) {
    const result = await queryRaw.apply(this, args);
    for (const index of this.__charColumns ?? []) result.columnTypes[index] = CHARACTER_COLUMN;
    return result;
  };
  const adapterProto = Object.getPrototypeOf(adapter);
  adapterProto.executeScript = async function (
    this: { client: pg.Pool; onError: (e: unknown) => never },
    script: string,
  ) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  queryable.__portalPatched = true;
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
