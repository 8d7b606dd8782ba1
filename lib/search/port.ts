import type { SearchQuery } from "./query";
import type { QueryTerm } from "./query-terms";

/** One result as the search page shows it (the engines return the same shape). */
export type SearchHit = {
  id: string;
  title: string;
  language: string;
  organizationName: string;
  organizationKind: "COMPANY" | "INDIVIDUAL_ENTREPRENEUR" | "RECRUITMENT_AGENCY";
  verified: boolean;
  countryCode: "KG" | "KZ";
  regionCode: string;
  cityCode: string | null;
  occupationCode: string;
  sector: string;
  employmentType: string;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: "KGS" | "KZT";
  salaryPeriod: "MONTH" | "DAY" | "HOUR" | "SHIFT" | "PIECE";
  housingProvided: boolean;
  openToOtherCountry: boolean;
  publishedAt: Date;
  /** The relevance score the results were ordered by (null for other sort orders). */
  score?: number | null;
};

export const facetNames = [
  "country",
  "region",
  "group",
  "sector",
  "type",
  "housing",
  "open",
  "verified",
  "agency",
] as const;
export type FacetName = (typeof facetNames)[number];
/** value → number of results with it, among the current results (facets narrow the current set). */
export type Facets = Record<FacetName, Record<string, number>>;

/** A title to suggest while typing, with the language most vacancies of that title are written in (for `lang`). */
export type Suggestion = { title: string; language: string };

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
  facets: Facets;
  engine: string;
};

/**
 * What both engines need besides the query: the rate to compare pay across currencies (data, from
 * ExchangeRate) and the query's words as alternatives (synonyms, spelling corrections), prepared once by
 * lib/search/search-vacancies.ts so that the engines match exactly the same words.
 */
export type SearchContext = {
  kgsToKzt: number;
  terms: QueryTerm[];
  pageSize?: number;
  /** Only vacancies published before this whole second: a listing whose pages do not shift (the public API). */
  publishedBefore?: Date;
  /** Count the matches but no facets (a listing without filter counts). */
  withoutFacets?: boolean;
};

/**
 * The search port. Both engines answer the same queries with the same results (the contract suite in
 * search-contract.ts runs on each). The database is the source of truth; engines are derived indexes.
 */
export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  search(query: SearchQuery, context: SearchContext): Promise<SearchResult>;
  /** Up to `limit` suggestions (titles, found also through their occupations) for a prefix typed so far. */
  suggest(prefix: string, limit?: number): Promise<Suggestion[]>;
  /** Makes the index agree with the database for these vacancies (added, changed or no longer public). */
  sync(vacancyIds: string[]): Promise<void>;
  /** Rebuilds the whole index from the database; returns the number of public vacancies indexed. */
  rebuild(): Promise<number>;
}
