// npm run search:reindex – rebuilds the search indexes from the database (the source of truth): the
// PostgreSQL index and its spelling dictionary always, Meilisearch too when MEILI_URL is set (settings
// applied first). Pending outbox rows are closed: the rebuild covers them.
import { meilisearchEngine } from "@/lib/search/engine";
import { rebuildSearchEntries } from "@/lib/search/postgres-index";
import { db } from "@/lib/server/db";

const started = performance.now();
const { startedAt, indexed } = await db.$transaction(
  async (tx) => ({ startedAt: new Date(), indexed: await rebuildSearchEntries(tx) }),
  { timeout: 600_000 },
);
console.log(`PostgreSQL index: ${indexed} public vacancies.`);
const meili = meilisearchEngine();
if (meili) console.log(`Meilisearch: ${await meili.rebuild()} documents.`);
await db.searchOutbox.updateMany({
  where: { processedAt: null, createdAt: { lte: startedAt } },
  data: { processedAt: new Date() },
});
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
await db.$disconnect();
