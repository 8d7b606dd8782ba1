// Reference data: countries, regions, cities, ISCO-08 occupations and a starting exchange rate.
// Idempotent: running it again updates labels and adds what is new, and never deletes.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import riskRules from "../data/risk-rules.json";
import { loadGeography, loadOccupations } from "./reference-data";
import { occupationAliases } from "../../lib/search/occupation-names";

const currencyOf = { KG: "KGS", KZ: "KZT" } as const;

/**
 * The first KGS→KZT rate, so conversions work out of the box. It is labelled as a seed value, not an
 * official quotation: staff replace it with the National Bank rate (the newest effective rate wins).
 */
export const seedExchangeRate = {
  rate: "5.9500",
  source: "Seed value (approximate market rate, not an official quotation)",
};

export async function seedReferenceData(prisma: PrismaClient, today = new Date()) {
  const countries = loadGeography();
  const occupations = loadOccupations();
  await prisma.$transaction(
    async (tx) => {
      for (const country of countries) {
        const names = {
          nameRu: country.names.ru,
          nameKy: country.names.ky,
          nameKk: country.names.kk,
          nameEn: country.names.en,
        };
        await tx.country.upsert({
          where: { code: country.code },
          create: { code: country.code, currency: currencyOf[country.code], ...names },
          update: names,
        });
        for (const [index, region] of country.regions.entries()) {
          const regionNames = {
            nameRu: region.names.ru,
            nameKy: region.names.ky,
            nameKk: region.names.kk,
            nameEn: region.names.en,
          };
          await tx.region.upsert({
            where: { code: region.code },
            create: {
              code: region.code,
              countryCode: country.code,
              kind: region.kind,
              sortOrder: index,
              ...regionNames,
            },
            update: { kind: region.kind, sortOrder: index, ...regionNames },
          });
          for (const city of region.cities) {
            const cityData = {
              nameRu: city.names.ru,
              nameKy: city.names.ky,
              nameKk: city.names.kk,
              nameEn: city.names.en,
              population: city.population ?? null,
            };
            await tx.city.upsert({
              where: { code: city.code },
              create: { code: city.code, regionCode: region.code, ...cityData },
              update: cityData,
            });
          }
        }
      }
      // Parents come before children in the file (ordered by code), so the self-reference always resolves.
      for (const occupation of occupations) {
        const data = {
          level: occupation.level,
          parentCode: occupation.parent,
          nameEn: occupation.en,
          nameRu: occupation.ru,
          nameKy: occupation.ky ?? null,
          nameKk: occupation.kk ?? null,
          aliases: occupationAliases(occupation.code).join("; "),
        };
        await tx.occupation.upsert({
          where: { code: occupation.code },
          create: { code: occupation.code, ...data },
          update: data,
        });
      }
      // Red-flag rules: created once; later changes are the administrators' (never overwritten here).
      await tx.riskRule.createMany({
        data: riskRules.rules.map((rule) => ({
          id: rule.id,
          category: rule.category,
          language: rule.language,
          weight: rule.weight,
          pattern: "pattern" in rule ? rule.pattern : null,
          unless: "unless" in rule ? rule.unless : null,
          structural: "structural" in rule,
          description: "structural" in rule ? rule.structural : null,
        })),
        skipDuplicates: true,
      });
      const effectiveDate = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
      const anyRate = await tx.exchangeRate.findFirst({ where: { baseCurrency: "KGS", quoteCurrency: "KZT" } });
      if (!anyRate) {
        await tx.exchangeRate.create({
          data: {
            baseCurrency: "KGS",
            quoteCurrency: "KZT",
            rate: seedExchangeRate.rate,
            effectiveDate,
            source: seedExchangeRate.source,
          },
        });
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { countries: countries.length, occupations: occupations.length };
}
