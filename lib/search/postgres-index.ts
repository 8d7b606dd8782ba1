import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

// No server-only guard: the seed scripts and the generator rebuild the index with their own client.
type Client = Pick<PrismaClient, "$executeRaw">;

// Builds VacancySearch rows from the source tables in one statement: public vacancies are upserted with
// their skeleton texts and two weighted tsvectors, the words (A title, B occupation labels and everyday names,
// C place and employer, D description) and their stems (Russian stems of title and description; the
// occupation's Russian and Turkic stems, prepared by the reference seed); any of the given ids that are no
// longer public are deleted.
// The same SQL serves a single approval (inside its transaction) and a full rebuild.
function upsertSql(filter: Prisma.Sql) {
  return Prisma.sql`
    INSERT INTO "VacancySearch" (
      "vacancyId", title, language, "organizationId", "organizationName", "organizationKind", verified, "countryCode", "regionCode",
      "cityCode", "occupationCode", "majorGroup", sector, "employmentType", "salaryMin", "salaryMax", "salaryTop", "salaryCurrency",
      "salaryPeriod", "salarySortKzt", "housingProvided", "openToOtherCountry", "publishedAt", "validThrough", "matchText", "titleSkeleton", vector, stems)
    SELECT v.id, v.title, v.language, o.id, o."legalName", o.kind, o."verificationState" = 'VERIFIED', v."countryCode", v."regionCode",
      v."cityCode", v."occupationCode", left(v."occupationCode", 1), v.sector, v."employmentType", v."salaryMin", v."salaryMax",
      coalesce(v."salaryMax", v."salaryMin"), v."salaryCurrency", v."salaryPeriod",
      CASE WHEN v."salaryPeriod" = 'MONTH' THEN round(coalesce(v."salaryMax", v."salaryMin") * CASE WHEN v."salaryCurrency" = 'KGS' THEN rate.rate ELSE 1 END)::int END,
      v."housingProvided", v."openToOtherCountry", v."publishedAt", v."validThrough",
      search_skeleton(concat_ws(' ', v.title, oc."nameRu", oc."nameEn", oc."nameKy", oc."nameKk", o."legalName")),
      sk.title,
      setweight(to_tsvector('simple', sk.title), 'A')
        || setweight(coalesce(oc."searchVector", ''::tsvector), 'B')
        || setweight(to_tsvector('simple', search_skeleton(concat_ws(' ', o."legalName", r."nameRu", r."nameKy", r."nameKk", r."nameEn", c."nameRu", c."nameKy", c."nameKk", c."nameEn"))), 'C')
        || setweight(to_tsvector('simple', sk.description), 'D'),
      setweight(to_tsvector('portal_russian', search_cyrillic_form(sk.title)), 'A')
        || setweight(coalesce(oc."stemVector", ''::tsvector), 'B')
        || setweight(to_tsvector('portal_russian', search_cyrillic_form(sk.description)), 'D')
    FROM "Vacancy" v
    CROSS JOIN LATERAL (SELECT search_skeleton(v.title) AS title, search_skeleton(coalesce(v.description, '')) AS description) sk
    JOIN "Organization" o ON o.id = v."organizationId"
    JOIN "Occupation" oc ON oc.code = v."occupationCode"
    JOIN "Region" r ON r.code = v."regionCode"
    LEFT JOIN "City" c ON c.code = v."cityCode"
    LEFT JOIN LATERAL (
      SELECT rate FROM "ExchangeRate" WHERE "baseCurrency" = 'KGS' AND "quoteCurrency" = 'KZT' AND "effectiveDate" <= now()
      ORDER BY "effectiveDate" DESC LIMIT 1
    ) rate ON true
    WHERE v.status = 'PUBLISHED' AND v."validThrough" > now() AND o."blockedAt" IS NULL AND ${filter}
    ON CONFLICT ("vacancyId") DO UPDATE SET
      title = EXCLUDED.title, language = EXCLUDED.language, "organizationId" = EXCLUDED."organizationId",
      "organizationName" = EXCLUDED."organizationName", "organizationKind" = EXCLUDED."organizationKind", verified = EXCLUDED.verified,
      "countryCode" = EXCLUDED."countryCode", "regionCode" = EXCLUDED."regionCode", "cityCode" = EXCLUDED."cityCode",
      "occupationCode" = EXCLUDED."occupationCode", "majorGroup" = EXCLUDED."majorGroup", sector = EXCLUDED.sector,
      "employmentType" = EXCLUDED."employmentType", "salaryMin" = EXCLUDED."salaryMin", "salaryMax" = EXCLUDED."salaryMax",
      "salaryTop" = EXCLUDED."salaryTop", "salaryCurrency" = EXCLUDED."salaryCurrency", "salaryPeriod" = EXCLUDED."salaryPeriod",
      "salarySortKzt" = EXCLUDED."salarySortKzt", "housingProvided" = EXCLUDED."housingProvided",
      "openToOtherCountry" = EXCLUDED."openToOtherCountry", "publishedAt" = EXCLUDED."publishedAt", "validThrough" = EXCLUDED."validThrough",
      "matchText" = EXCLUDED."matchText", "titleSkeleton" = EXCLUDED."titleSkeleton", vector = EXCLUDED.vector,
      stems = EXCLUDED.stems`;
}

/** Adds the words of these entries to the spelling dictionary. */
function addWordsSql(filter: Prisma.Sql) {
  return Prisma.sql`
    INSERT INTO "SearchWord" (word)
    SELECT DISTINCT lexeme FROM "VacancySearch", unnest(tsvector_to_array(vector)) AS lexeme WHERE ${filter} AND length(lexeme) BETWEEN 2 AND 40
    ON CONFLICT (word) DO NOTHING`;
}

/** Makes VacancySearch agree with the source tables for these vacancies (call inside the changing transaction). */
export async function refreshSearchEntries(client: Client, vacancyIds: string[]): Promise<void> {
  if (vacancyIds.length === 0) return;
  const these = Prisma.sql`"vacancyId" = ANY(${vacancyIds}::text[])`;
  await client.$executeRaw`DELETE FROM "VacancySearch" WHERE ${these}`;
  await client.$executeRaw(upsertSql(Prisma.sql`v.id = ANY(${vacancyIds}::text[])`));
  await client.$executeRaw(addWordsSql(these));
}

/** Rebuilds the whole PostgreSQL index and its dictionary; returns the number of public vacancies. */
export async function rebuildSearchEntries(client: Client): Promise<number> {
  await client.$executeRaw`DELETE FROM "VacancySearch"`;
  const count = await client.$executeRaw(upsertSql(Prisma.sql`true`));
  await client.$executeRaw`DELETE FROM "SearchWord"`;
  await client.$executeRaw(addWordsSql(Prisma.sql`true`));
  return count;
}
