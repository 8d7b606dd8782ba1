import { execFileSync } from "node:child_process";
import pg from "pg";

// Direct database access for journeys, only for what no screen does yet (moderation arrives with the
// back office): it plays the moderator's part, like the Epic Stack's test helpers that log in without the UI.
function client() {
  const url = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set");
  return new pg.Client({ connectionString: url });
}

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = client();
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** A moderator approves the organisation's pending vacancy (what the back office will do). */
export async function approvePendingVacancy(title: string): Promise<string> {
  const rows = await query<{ id: string }>(
    `UPDATE "Vacancy" SET status = 'PUBLISHED', "publishedAt" = now(), "updatedAt" = now() WHERE title = $1 AND status = 'PENDING_REVIEW' RETURNING id`,
    [title],
  );
  if (rows.length !== 1) throw new Error(`expected one pending vacancy titled ${title}, found ${rows.length}`);
  // Approval makes it searchable: until the back office calls recordSearchChange, rebuild the index.
  execFileSync("npm", ["run", "--silent", "search:reindex"], { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL }, stdio: "ignore" });
  return rows[0]!.id;
}
