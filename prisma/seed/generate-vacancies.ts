// npm run generate:vacancies -- 100000 [--seed 7]
// Adds N realistic published vacancies (for benchmarks) to the database at DATABASE_URL, in batches, to what
// is there: run it again to grow the base (100 000, then 900 000 more for a million). Needs the reference
// data and demo employers (npm run db:seed -- --demo) first.
import { createPrismaClient } from "@/lib/server/create-prisma-client";
import { refreshSearchEntries } from "@/lib/search/postgres-index";
import { createRandom } from "./random";
import { insertVacancies, loadComposeContext } from "./seed-demo";

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const seedIndex = args.indexOf("--seed");
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set.");
  process.exit(2);
}

const prisma = createPrismaClient(url, 2);
const started = performance.now();
try {
  const ctx = await loadComposeContext(prisma);
  if (ctx.organizationsByCountry.KG.length === 0 || ctx.organizationsByCountry.KZ.length === 0) {
    throw new Error("No demo employers: run `npm run db:seed -- --demo` first.");
  }
  // Vacancy ids come from the seeded generator: a second run must not repeat the first one's seed, or its
  // ids would collide with the rows already there. The default seed follows the number of rows.
  const existing = await prisma.vacancy.count();
  const seed = seedIndex >= 0 ? Number(args[seedIndex + 1]) : 7 + existing;
  console.log(`${existing} vacancies already there; adding ${count} (seed ${seed}).`);
  await insertVacancies(prisma, ctx, createRandom(seed), count, (done) => {
    if (done % 10_000 === 0 || done === count) process.stdout.write(`\r${done} / ${count}`);
  });
  // A bulk load leaves no visibility map: vacuum so index-only scans work, as autovacuum would later.
  await prisma.$executeRawUnsafe('VACUUM ANALYZE "Vacancy"');
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nInserted ${count} vacancies in ${seconds.toFixed(1)} s (${Math.round(count / seconds)} rows/s).`);
  // Index what was added, 10 000 at a time, each batch in its own transaction: one statement over a
  // million descriptions outlives any sensible transaction timeout, and a failure keeps the batches done.
  const indexing = performance.now();
  let indexed = 0;
  for (;;) {
    const batch = await prisma.$queryRaw<{ id: string }[]>`
      SELECT v.id FROM "Vacancy" v
      WHERE v.status = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "VacancySearch" s WHERE s."vacancyId" = v.id)
      LIMIT 10000`;
    if (batch.length === 0) break;
    await prisma.$transaction(
      (tx) =>
        refreshSearchEntries(
          tx,
          batch.map((row) => row.id),
        ),
      { timeout: 600_000 },
    );
    indexed += batch.length;
    process.stdout.write(`\rindexed ${indexed}`);
  }
  await prisma.$executeRawUnsafe('VACUUM ANALYZE "VacancySearch"');
  await prisma.$executeRawUnsafe('VACUUM ANALYZE "VacancySearchBody"');
  console.log(
    `\nSearch index (PostgreSQL): ${indexed} public vacancies added in ${((performance.now() - indexing) / 1000).toFixed(1)} s. With Meilisearch configured, run npm run search:reindex.`,
  );
} finally {
  await prisma.$disconnect();
}
