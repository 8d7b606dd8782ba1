// Migration commands on the WASM schema engine (no native engine needed):
//   deploy            apply pending migrations                       (prisma migrate deploy)
//   dev [--name n] [--create-only]   write a migration from schema changes and apply it (prisma migrate dev)
//   status            compare the database's history with prisma/migrations (prisma migrate status)
//   drift             exit 1 when schema.prisma and the migrations disagree (CI)
//   reset --force     drop everything and re-apply all migrations   (prisma migrate reset)
// DATABASE_URL selects the database; dev and drift need a real server (they create a temporary shadow database).
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { migrationsDir, migrationsList, noFilter, openEngine, schemaFiles } from "./schema-engine";

const [command = "deploy", ...args] = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. For the embedded database, start it with `npm run db:embedded` first.");
  process.exit(2);
}

async function deploy() {
  const { engine, close } = await openEngine(url!);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: migrationsList(),
      filters: noFilter,
    });
    console.log(
      appliedMigrationNames.length ? `Applied: ${appliedMigrationNames.join(", ")}` : "No pending migrations.",
    );
  } finally {
    await close();
  }
}

async function dev() {
  const name = option("name") ?? "change";
  await deploy();
  // The engine forgets its shadow-database hook after applyMigrations: start a fresh one.
  const { engine, close } = await openEngine(url!);
  try {
    const diagnostic = await engine.devDiagnostic({ migrationsList: migrationsList(), filters: noFilter });
    if (diagnostic.action.tag === "reset") {
      console.error(
        `The database needs a reset: ${diagnostic.action.reason}\nRun \`npm run db:reset -- --force\` on a development database.`,
      );
      process.exitCode = 1;
      return;
    }
    const loss = await engine.evaluateDataLoss({
      migrationsList: migrationsList(),
      schema: schemaFiles(),
      filters: noFilter,
    });
    if (loss.migrationSteps === 0) {
      console.log("Schema and migrations agree: nothing to write.");
      return;
    }
    for (const warning of loss.warnings) console.warn(`Warning: ${warning.message}`);
    if (loss.unexecutableSteps.length) {
      for (const step of loss.unexecutableSteps) console.error(`Cannot run: ${step.message}`);
      process.exitCode = 1;
      return;
    }
    const created = await engine.createMigration({
      draft: true,
      migrationName: name,
      migrationsList: migrationsList(),
      schema: schemaFiles(),
      filters: noFilter,
    });
    if (!created.migrationScript) {
      console.log("No migration needed.");
      return;
    }
    const dir = path.join(migrationsDir, created.generatedMigrationName);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), created.migrationScript);
    const lock = path.join(migrationsDir, "migration_lock.toml");
    if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
    console.log(`Wrote prisma/migrations/${created.generatedMigrationName}/migration.sql`);
  } finally {
    await close();
  }
  if (!flag("create-only")) await deploy();
}

async function status() {
  const { engine, close } = await openEngine(url!);
  try {
    const result = await engine.diagnoseMigrationHistory({
      migrationsList: migrationsList(),
      optInToShadowDatabase: false,
      filters: noFilter,
    });
    console.log(JSON.stringify(result, null, 2));
    const behind = result.history?.diagnostic === "databaseIsBehind";
    if (result.failedMigrationNames.length || result.editedMigrationNames.length || (result.history && !behind))
      process.exitCode = 1;
  } finally {
    await close();
  }
}

async function drift() {
  const { engine, close } = await openEngine(url!);
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationsList() },
      to: { tag: "schemaDatamodel", ...schemaFiles() },
      script: true,
      exitCode: true,
      filters: noFilter,
    });
    if (result.exitCode === 2) {
      console.error("Drift: prisma/schema.prisma differs from prisma/migrations. Missing SQL:\n");
      console.error(result.stdout ?? "");
      console.error("Run `npm run db:migrate:dev -- --name <change>` and commit the migration.");
      process.exitCode = 1;
    } else {
      console.log("No drift: the migrations produce exactly prisma/schema.prisma.");
    }
  } finally {
    await close();
  }
}

async function reset() {
  if (!flag("force")) {
    console.error("reset drops every table in the database. Repeat with --force.");
    process.exit(2);
  }
  const { engine, close } = await openEngine(url!);
  try {
    await engine.reset({ filter: noFilter });
  } finally {
    await close();
  }
  await deploy();
}

const commands: Record<string, () => Promise<void>> = { deploy, dev, status, drift, reset };
const run = commands[command];
if (!run) {
  console.error(`Unknown command "${command}". Use one of: ${Object.keys(commands).join(", ")}`);
  process.exit(2);
}
run().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    const panic = (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { message: string } }).PRISMA_WASM_PANIC_REGISTRY
      ?.message;
    if (panic) console.error(panic);
    process.exit(1);
  },
);
