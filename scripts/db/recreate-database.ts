// npx tsx scripts/db/recreate-database.ts <server-url> <name>
// Drops and creates a disposable database (for tests and benchmarks: the name must contain "test" or
// "bench", so a typo can never drop real data) and prints its URL.
import pg from "pg";
import { poolConfigFromUrl, withDatabase } from "../../lib/server/database-url";

const [serverUrl, name] = process.argv.slice(2);
if (!serverUrl || !name || !/^[a-z0-9_]*(test|bench)[a-z0-9_]*$/.test(name)) {
  console.error("usage: recreate-database.ts <server-url> <name containing 'test' or 'bench'>");
  process.exit(2);
}
const client = new pg.Client(poolConfigFromUrl(serverUrl));
await client.connect();
try {
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
} finally {
  await client.end();
}
console.log(withDatabase(serverUrl, name));
