// npm run db:seed [-- --demo] : reference data always; demo employers and vacancies with --demo
// (only into a database that has no vacancies yet, so it never mixes with real ones).
import { createPrismaClient } from "@/lib/server/create-prisma-client";
import { seedDemoData } from "./seed-demo";
import { seedReferenceData } from "./seed-reference";
import { seedRiskModel } from "./seed-risk-model";
import { rebuildSearchEntries } from "@/lib/search/postgres-index";

export async function seed(url: string, options: { demo: boolean; poolMax?: number }) {
  const prisma = createPrismaClient(url, options.poolMax ?? 1);
  try {
    const reference = await seedReferenceData(prisma);
    console.log(`Reference data: ${reference.countries} countries, ${reference.occupations} ISCO-08 entries.`);
    if (!options.demo) return;
    const existing = await prisma.vacancy.count();
    if (existing > 0) {
      console.log(`Demo data skipped: the database already has ${existing} vacancies.`);
      return;
    }
    const published = await seedDemoData(prisma);
    const indexed = await prisma.$transaction((tx) => rebuildSearchEntries(tx), { timeout: 600_000 });
    console.log(`Demo data: ${published} published vacancies (${indexed} in the search index).`);
    const model = await seedRiskModel(prisma);
    if (model) console.log(`Risk model: version ${model} trained from the labelled set and put in force.`);
  } finally {
    await prisma.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set.");
    process.exit(2);
  }
  seed(url, { demo: process.argv.includes("--demo") }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
