// The backup and restore scripts against a real PostgreSQL: a backup of the test database restored into a
// fresh one has the same rows, its append-only audit log included, and the restored portal answers queries.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createEmployer } from "@/lib/testing/actors";
import { testPrisma } from "@/lib/testing/database";
import { createVacancy } from "@/prisma/seed/factories";

const url = process.env.DATABASE_URL ?? "";
const hasTools = (() => {
  try {
    execFileSync("pg_dump", ["--version"]);
    return url.startsWith("postgres");
  } catch {
    return false;
  }
})();
const restoredName = `${new URL(url || "postgresql://x/x").pathname.slice(1)}_restored`;
const admin = () => {
  const server = new URL(url);
  server.pathname = "/postgres";
  return new pg.Client({ connectionString: server.toString() });
};

afterAll(async () => {
  if (!hasTools) return;
  const client = admin();
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
  await client.end();
});

// The embedded database (PGlite) has no pg_dump: the scripts are for a real server, and CI has one.
describe.skipIf(!hasTools)("backup and restore (scripts/db)", () => {
  it("restores a backup into a fresh database with every row", { timeout: 120_000 }, async () => {
    const prisma = testPrisma();
    const { organization } = await createEmployer({ country: "KZ" });
    await createVacancy(prisma, { organizationId: organization.id, title: "Резервная копия" });
    const tables = ["Organization", "User", "Vacancy", "AuditLog", "Occupation", "Region"];
    const count = async (client: { query: (sql: string) => Promise<{ rows: { n: number }[] }> }, table: string) =>
      (await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0]!.n;

    const file = path.join(mkdtempSync(path.join(tmpdir(), "portal-backup-")), "test.dump");
    execFileSync("bash", ["scripts/db/backup.sh", file], { env: { ...process.env, DATABASE_URL: url } });

    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${restoredName}"`);
    await client.end();
    const restoredUrl = new URL(url);
    restoredUrl.pathname = `/${restoredName}`;
    execFileSync("bash", ["scripts/db/restore.sh", file], {
      env: { ...process.env, DATABASE_URL: restoredUrl.toString() },
    });

    const source = new pg.Client({ connectionString: url });
    const restored = new pg.Client({ connectionString: restoredUrl.toString() });
    await Promise.all([source.connect(), restored.connect()]);
    for (const table of tables) expect(await count(restored, table), table).toBe(await count(source, table));
    const title = await restored.query(`SELECT title FROM "Vacancy" WHERE title = 'Резервная копия'`);
    expect(title.rowCount).toBe(1);
    // A second restore into the now non-empty database is refused and changes nothing.
    expect(() =>
      execFileSync("bash", ["scripts/db/restore.sh", file], {
        env: { ...process.env, DATABASE_URL: restoredUrl.toString() },
        stdio: "pipe",
      }),
    ).toThrow();
    expect(await count(restored, "Vacancy")).toBe(await count(source, "Vacancy"));
    await Promise.all([source.end(), restored.end()]);
  });
});
