import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

// No server-only guard: the seed scripts and the generator rebuild the index with their own client.
type Client = Pick<PrismaClient, "$executeRaw">;

/** The PageExpiry path that stands for "search answers" (no page has it; lib/search/answer-memo.ts watches the ids). */
export const searchAnswersPath = "/search";

// Builds VacancySearch rows from the source tables in one statement: public vacancies are upserted with
// their skeleton texts and two tsvectors: `vector` (title words, weight A; employer name, C) and `stems` (the
// title's Russian stems); their descriptions go to VacancySearchBody (words and Russian stems). Occupations
// and places are not copied into each row: search matches them by code (lib/search/postgres-text-query.ts).
// Any of the given ids that are no longer public are deleted.
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
      setweight(to_tsvector('simple', sk.title), 'A') || setweight(to_tsvector('simple', search_skeleton(o."legalName")), 'C'),
      to_tsvector('portal_russian', search_cyrillic_form(sk.title))
    FROM "Vacancy" v
    CROSS JOIN LATERAL (SELECT search_skeleton(v.title) AS title) sk
    JOIN "Organization" o ON o.id = v."organizationId"
    JOIN "Occupation" oc ON oc.code = v."occupationCode"
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

/** The descriptions of the indexed vacancies (those in VacancySearch): words and their Russian stems. */
function bodySql(filter: Prisma.Sql) {
  return Prisma.sql`
    INSERT INTO "VacancySearchBody" ("vacancyId", body)
    SELECT v.id, to_tsvector('simple', sk.description) || to_tsvector('portal_russian', search_cyrillic_form(sk.description))
    FROM "VacancySearch" s JOIN "Vacancy" v ON v.id = s."vacancyId"
    CROSS JOIN LATERAL (SELECT search_skeleton(coalesce(v.description, '')) AS description) sk
    WHERE ${filter}
    ON CONFLICT ("vacancyId") DO UPDATE SET body = EXCLUDED.body`;
}

/** Adds the words of these entries to the spelling dictionary. */
function addWordsSql(filter: Prisma.Sql) {
  return Prisma.sql`
    INSERT INTO "SearchWord" (word)
    SELECT DISTINCT lexeme FROM (
      SELECT unnest(tsvector_to_array(vector)) AS lexeme FROM "VacancySearch" WHERE ${filter}
      UNION ALL SELECT unnest(tsvector_to_array(body)) FROM "VacancySearchBody" WHERE ${filter}
    ) words
    WHERE length(lexeme) BETWEEN 2 AND 40 AND lexeme ~ '^[a-z0-9]+$'
    ON CONFLICT (word) DO NOTHING`;
}

const facetColumns = Prisma.raw(
  `"countryCode", "regionCode", "majorGroup", sector, "employmentType", "housingProvided", "openToOtherCountry", verified, agency`,
);

/**
 * Adds (+1) or takes away (-1) these entries' facet combinations in SearchFacetCount. Rows in a fixed order,
 * so two transactions never lock the same counters in opposite orders.
 */
function countFacetsSql(filter: Prisma.Sql, sign: 1 | -1) {
  return Prisma.sql`
    INSERT INTO "SearchFacetCount" (${facetColumns}, n)
    SELECT ${facetColumns}, ${sign}::int * count(*)::int FROM (
      SELECT "countryCode", "regionCode", "majorGroup", sector, "employmentType", "housingProvided", "openToOtherCountry", verified,
        "organizationKind" = 'RECRUITMENT_AGENCY' AS agency
      FROM "VacancySearch" WHERE ${filter}
    ) entries
    GROUP BY ${facetColumns} ORDER BY ${facetColumns}
    ON CONFLICT (${facetColumns}) DO UPDATE SET n = "SearchFacetCount".n + EXCLUDED.n`;
}

/** Makes VacancySearch agree with the source tables for these vacancies (call inside the changing transaction). */
export async function refreshSearchEntries(client: Client, vacancyIds: string[]): Promise<void> {
  if (vacancyIds.length === 0) return;
  const these = Prisma.sql`"vacancyId" = ANY(${vacancyIds}::text[])`;
  await client.$executeRaw(countFacetsSql(these, -1));
  await client.$executeRaw`DELETE FROM "VacancySearch" WHERE ${these}`;
  await client.$executeRaw`DELETE FROM "VacancySearchBody" WHERE ${these}`;
  await client.$executeRaw(upsertSql(Prisma.sql`v.id = ANY(${vacancyIds}::text[])`));
  await client.$executeRaw(bodySql(Prisma.sql`s.${these}`));
  await client.$executeRaw(countFacetsSql(these, 1));
  await client.$executeRaw(addWordsSql(these));
  await markSearchAnswersOutOfDate(client);
}

/** Search answers kept by any server (lib/search/answer-memo.ts) are out of date once this commits. */
async function markSearchAnswersOutOfDate(client: Client): Promise<void> {
  await client.$executeRaw`INSERT INTO "PageExpiry" ("path") VALUES (${searchAnswersPath})`;
}

/** The words of occupation names and places: matched by code, but spelling correction must know them. */
const referenceWordsSql = Prisma.sql`
  INSERT INTO "SearchWord" (word)
  SELECT DISTINCT lexeme FROM (
    SELECT unnest(string_to_array(search_skeleton(concat_ws(' ', "nameRu", "nameKy", "nameKk", "nameEn", aliases)), ' ')) AS lexeme
    FROM "Occupation" WHERE level = 4
    UNION ALL SELECT unnest(string_to_array(search_skeleton(concat_ws(' ', "nameRu", "nameKy", "nameKk", "nameEn")), ' ')) FROM "Region"
    UNION ALL SELECT unnest(string_to_array(search_skeleton(concat_ws(' ', "nameRu", "nameKy", "nameKk", "nameEn")), ' ')) FROM "City"
  ) words
  WHERE length(lexeme) BETWEEN 2 AND 40
  ON CONFLICT (word) DO NOTHING`;

/** Rebuilds the whole PostgreSQL index and its dictionary; returns the number of public vacancies. */
export async function rebuildSearchEntries(client: Client): Promise<number> {
  await client.$executeRaw`DELETE FROM "VacancySearch"`;
  await client.$executeRaw`DELETE FROM "VacancySearchBody"`;
  const count = await client.$executeRaw(upsertSql(Prisma.sql`true`));
  await client.$executeRaw(bodySql(Prisma.sql`true`));
  await client.$executeRaw`DELETE FROM "SearchFacetCount"`;
  await client.$executeRaw(countFacetsSql(Prisma.sql`true`, 1));
  await client.$executeRaw`DELETE FROM "SearchWord"`;
  await client.$executeRaw(addWordsSql(Prisma.sql`true`));
  await client.$executeRaw(referenceWordsSql);
  await markSearchAnswersOutOfDate(client);
  return count;
}
