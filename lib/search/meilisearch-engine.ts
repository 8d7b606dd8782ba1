import "server-only";
import { Meilisearch, type Settings } from "meilisearch";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";
import { emptyFacets, payInBothCurrencies } from "./postgres-engine";
import { facetNames, type SearchContext, type SearchEngine, type SearchHit, type SearchResult } from "./port";
import { searchPageSize, type SearchQuery } from "./query";
import { skeletonWords } from "./skeleton";
import { synonymSettings } from "./synonyms";
import { searchKey } from "./word-forms";

// Meilisearch, wherever MEILI_URL is configured. Documents carry the same skeleton texts as the
// PostgreSQL index (computed by the same SQL function), so both engines match the same words.

export const indexUid = "vacancies";
const searchKeyName = "portal-search";

type MeiliDocument = Omit<SearchHit, "publishedAt" | "score"> & {
  publishedAt: number;
  validThrough: number;
  majorGroup: string;
  salaryTop: number | null;
  salarySortKzt: number | null;
  agency: boolean;
  /** 1 when the employer is verified / the pay is stated: tie-breaks as numbers (ranking rules need them). */
  verifiedRank: number;
  payRank: number;
  titleSk: string;
  /** One key per title word (searchKey): word forms meet here. */
  titleKeys: string;
  occupationText: string;
  placeText: string;
  descriptionKeys: string;
  matchText: string;
};

export const meiliSettings: Settings = {
  // In the order of the PostgreSQL engine's fields: title, occupation's names, place and employer, description.
  searchableAttributes: ["titleSk", "titleKeys", "occupationText", "placeText", "descriptionKeys"],
  filterableAttributes: [
    "countryCode",
    "regionCode",
    "cityCode",
    "occupationCode",
    "majorGroup",
    "sector",
    "employmentType",
    "salaryPeriod",
    "salaryCurrency",
    "salaryTop",
    "housingProvided",
    "openToOtherCountry",
    "verified",
    "agency",
    "publishedAt",
    "validThrough",
  ],
  sortableAttributes: ["publishedAt", "salarySortKzt", "verifiedRank", "payRank"],
  rankingRules: [
    "words",
    "typo",
    "attribute",
    "exactness",
    "proximity",
    "sort",
    "verifiedRank:desc",
    "payRank:desc",
    "publishedAt:desc",
  ],
  synonyms: synonymSettings(),
  stopWords: ["i", "v", "na", "s", "jana", "jane", "men", "and", "the"],
  // Typos are corrected before the query reaches an engine (lib/search/spelling.ts), the same way for both:
  // Meilisearch's own typo tolerance would also "correct" known words ("povar" → "pover…").
  typoTolerance: { enabled: false },
  pagination: { maxTotalHits: 100_000 },
  faceting: { maxValuesPerFacet: 100 },
};

const facetAttributes: Record<(typeof facetNames)[number], string> = {
  country: "countryCode",
  region: "regionCode",
  group: "majorGroup",
  sector: "sector",
  type: "employmentType",
  housing: "housingProvided",
  open: "openToOtherCountry",
  verified: "verified",
  agency: "agency",
};

function filters(query: SearchQuery, context: SearchContext): string[] {
  // Expiry removes documents through the outbox; the date filter keeps the gap invisible meanwhile.
  const f: string[] = [`validThrough > ${Math.floor(Date.now() / 1000)}`];
  const eq = (attribute: string, value: string) => f.push(`${attribute} = ${JSON.stringify(value)}`);
  if (query.country) eq("countryCode", query.country);
  if (query.region) eq("regionCode", query.region);
  if (query.city) eq("cityCode", query.city);
  if (query.occupation) eq("occupationCode", query.occupation);
  if (query.group) eq("majorGroup", query.group);
  if (query.sector) eq("sector", query.sector);
  if (query.type) eq("employmentType", query.type);
  if (query.pay) {
    const { kgs, kzt } = payInBothCurrencies(query.pay, query.currency ?? "KZT", context);
    f.push(
      `salaryPeriod = "MONTH" AND ((salaryCurrency = "KZT" AND salaryTop >= ${kzt}) OR (salaryCurrency = "KGS" AND salaryTop >= ${kgs}))`,
    );
  }
  if (query.housing) f.push("housingProvided = true");
  if (query.open) f.push("openToOtherCountry = true");
  if (query.verified) f.push("verified = true");
  if (query.noAgencies) f.push("agency = false");
  if (query.days) f.push(`publishedAt >= ${Math.floor(Date.now() / 1000) - query.days * 86_400}`);
  // Documents keep whole seconds; the cut-off is a whole second too, so both engines draw the same line.
  if (context.publishedBefore) f.push(`publishedAt < ${Math.floor(context.publishedBefore.getTime() / 1000)}`);
  return f;
}

function sort(query: SearchQuery): string[] | undefined {
  if (query.sort === "salary") return ["salarySortKzt:desc", "publishedAt:desc"];
  if (query.sort === "newest" || !query.q) return ["publishedAt:desc"];
  return undefined;
}

/** The value counted most often; ties go to the first in alphabetical order (as PostgreSQL's mode() does). */
const mostFrequent = (counts: Map<string, number>) =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];

const keys = (text: string | null) =>
  skeletonWords(text ?? "")
    .map(searchKey)
    .join(" ");

/** Documents for these vacancies, read from the PostgreSQL index (public vacancies only). */
async function loadDocuments(vacancyIds: string[] | null): Promise<MeiliDocument[]> {
  type Row = Omit<
    MeiliDocument,
    | "publishedAt"
    | "validThrough"
    | "salaryMin"
    | "salaryMax"
    | "salaryTop"
    | "id"
    | "verifiedRank"
    | "payRank"
    | "titleKeys"
    | "descriptionKeys"
  > & {
    vacancyId: string;
    publishedAt: Date;
    validThrough: Date;
    salaryMin: string | null;
    salaryMax: string | null;
    salaryTop: string | null;
    description: string | null;
  };
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT s."vacancyId", s.title, s.language, s."organizationName", s."organizationKind", s.verified, s."countryCode", s."regionCode", s."cityCode",
       s."occupationCode", s."majorGroup", s.sector, s."employmentType", s."salaryMin"::text, s."salaryMax"::text, s."salaryTop"::text, s."salaryCurrency",
       s."salaryPeriod", s."salarySortKzt", s."housingProvided", s."openToOtherCountry", s."publishedAt", s."validThrough", s."organizationKind" = 'RECRUITMENT_AGENCY' AS agency,
       s."titleSkeleton" AS "titleSk", s."matchText", v.description,
       search_skeleton(concat_ws(' ', o."nameRu", o."nameEn", o."nameKy", o."nameKk", o.aliases)) AS "occupationText",
       search_skeleton(concat_ws(' ', r."nameRu", r."nameKy", r."nameKk", r."nameEn", c."nameRu", c."nameKy", c."nameKk", c."nameEn", s."organizationName")) AS "placeText"
     FROM "VacancySearch" s JOIN "Vacancy" v ON v.id = s."vacancyId" JOIN "Occupation" o ON o.code = s."occupationCode"
       JOIN "Region" r ON r.code = s."regionCode" LEFT JOIN "City" c ON c.code = s."cityCode"
     WHERE s."validThrough" > now() ${vacancyIds ? `AND s."vacancyId" = ANY($1::text[])` : ""}`,
    ...(vacancyIds ? [vacancyIds] : []),
  );
  const num = (v: string | null) => (v === null ? null : Number(v));
  return rows.map(
    ({ vacancyId, publishedAt, validThrough, salaryMin, salaryMax, salaryTop, description, ...rest }) => ({
      ...rest,
      id: vacancyId,
      publishedAt: Math.floor(publishedAt.getTime() / 1000),
      validThrough: Math.floor(validThrough.getTime() / 1000),
      salaryMin: num(salaryMin),
      salaryMax: num(salaryMax),
      salaryTop: num(salaryTop),
      verifiedRank: rest.verified ? 1 : 0,
      payRank: salaryTop === null ? 0 : 1,
      titleKeys: keys(rest.titleSk),
      descriptionKeys: keys(description),
    }),
  );
}

/**
 * The query Meilisearch is given: one key per word of each required term (as typed, or its correction);
 * synonyms (words and phrases) are in the index settings, matched by the same keys.
 */
function meiliQuery(context: SearchContext): string {
  return context.terms
    .filter((term) => !term.optional)
    .map((term) => (term.alternatives.find((a) => a.kind === "correction") ?? term.alternatives[0]!).words)
    .map((words) => words.map(searchKey).join(" "))
    .join(" ");
}

/** A search Meilisearch has not answered by then is answered from PostgreSQL (lib/search/engine.ts). */
const searchTimeoutMs = 2_000;
/** Index updates and settings: one request (not the task it starts, which waitTask bounds). */
const adminTimeoutMs = 30_000;

export function createMeilisearchEngine(options: {
  host: string;
  masterKey?: string;
}): SearchEngine & { applySettings(): Promise<void> } {
  const admin = new Meilisearch({ host: options.host, apiKey: options.masterKey, timeout: adminTimeoutMs });
  let searchClient: Promise<Meilisearch> | undefined;

  /** Queries use a key that can only search this index; the master key never serves a request. */
  function searcher(): Promise<Meilisearch> {
    searchClient ??= (async () => {
      if (!options.masterKey) return new Meilisearch({ host: options.host, timeout: searchTimeoutMs });
      const keys = await admin.getKeys({ limit: 100 });
      const existing = keys.results.find((k) => k.name === searchKeyName);
      const key =
        existing ??
        (await admin.createKey({
          name: searchKeyName,
          description: "Search only, vacancies index",
          actions: ["search"],
          indexes: [indexUid],
          expiresAt: null,
        }));
      return new Meilisearch({ host: options.host, apiKey: key.key, timeout: searchTimeoutMs });
    })().catch((error) => {
      searchClient = undefined;
      throw error;
    });
    return searchClient;
  }

  return {
    name: "meilisearch",

    async applySettings() {
      await admin
        .createIndex(indexUid, { primaryKey: "id" })
        .waitTask()
        .catch(() => undefined);
      await admin.index(indexUid).updateSettings(meiliSettings).waitTask({ timeout: 60_000 });
    },

    async search(query, context): Promise<SearchResult> {
      const index = (await searcher()).index<MeiliDocument>(indexUid);
      const response = await index.search(meiliQuery(context), {
        filter: filters(query, context),
        facets: context.withoutFacets ? [] : Object.values(facetAttributes),
        sort: sort(query),
        page: query.page,
        hitsPerPage: context.pageSize ?? searchPageSize,
        showRankingScore: true,
        matchingStrategy: "all",
        attributesToRetrieve: [
          "id",
          "title",
          "language",
          "organizationName",
          "organizationKind",
          "verified",
          "countryCode",
          "regionCode",
          "cityCode",
          "occupationCode",
          "sector",
          "employmentType",
          "salaryMin",
          "salaryMax",
          "salaryCurrency",
          "salaryPeriod",
          "housingProvided",
          "openToOtherCountry",
          "publishedAt",
        ],
      });
      const facets = emptyFacets();
      for (const name of facetNames) facets[name] = { ...(response.facetDistribution?.[facetAttributes[name]] ?? {}) };
      const total = response.totalHits ?? 0;
      return {
        hits: response.hits.map((hit) => ({
          ...(hit as unknown as SearchHit),
          publishedAt: new Date(hit.publishedAt * 1000),
          score: (hit as { _rankingScore?: number })._rankingScore ?? null,
        })),
        total,
        page: query.page,
        pageCount: Math.max(1, Math.ceil(total / searchPageSize)),
        facets,
        engine: "meilisearch",
      };
    },

    async suggest(prefix, limit = 8) {
      const words = skeletonWords(prefix);
      if (words.join("").length < 2) return [];
      const index = (await searcher()).index<MeiliDocument>(indexUid);
      const response = await index.search(words.join(" "), {
        limit: 40,
        attributesToRetrieve: ["title", "language"],
        attributesToSearchOn: ["titleSk", "titleKeys", "occupationText"],
      });
      // Per title: how many vacancies have it, and how many of them are in each language.
      const counts = new Map<string, { n: number; languages: Map<string, number> }>();
      for (const hit of response.hits) {
        const entry = counts.get(hit.title) ?? { n: 0, languages: new Map<string, number>() };
        entry.n += 1;
        entry.languages.set(hit.language, (entry.languages.get(hit.language) ?? 0) + 1);
        counts.set(hit.title, entry);
      }
      return [...counts.entries()]
        .sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .map(([title, { languages }]) => ({ title, language: mostFrequent(languages) }));
    },

    async sync(vacancyIds) {
      if (vacancyIds.length === 0) return;
      const documents = await loadDocuments(vacancyIds);
      const present = new Set(documents.map((d) => d.id));
      const gone = vacancyIds.filter((id) => !present.has(id));
      const index = admin.index<MeiliDocument>(indexUid);
      if (documents.length) await index.addDocuments(documents, { primaryKey: "id" }).waitTask({ timeout: 60_000 });
      if (gone.length) await index.deleteDocuments(gone).waitTask({ timeout: 60_000 });
    },

    async rebuild() {
      await this.applySettings();
      const documents = await loadDocuments(null);
      const index = admin.index<MeiliDocument>(indexUid);
      await index.deleteAllDocuments().waitTask({ timeout: 120_000 });
      for (let i = 0; i < documents.length; i += 5_000) {
        await index.addDocuments(documents.slice(i, i + 5_000), { primaryKey: "id" }).waitTask({ timeout: 300_000 });
      }
      logger.info("meilisearch rebuilt", { documents: documents.length });
      return documents.length;
    },
  };
}
