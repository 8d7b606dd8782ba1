import "server-only";
import { placeNames } from "@/lib/reference/place-names";
import { withSearchFallback } from "@/lib/search/engine";
import type { SearchQuery } from "@/lib/search/query";
import { memoizedAnswer } from "@/lib/search/answer-memo";
import { searchContext } from "@/lib/search/search-vacancies";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { decodeCursor, encodeCursor, listingDigest } from "./cursor";
import { parseApiQuery } from "./parse-api-query";
import { maxApiListDepth, vacancyListQuerySchema } from "./request-schemas";
import type { vacancyListSchema } from "./response-schemas";
import type { z } from "zod";
import { vacancySummaryJson } from "./vacancy-json";

/**
 * The first page's cut-off is the start of the current minute: the first pages of a listing are then the same
 * answer (and ETag) for a minute, kept by the answer memo and by shared caches, and a vacancy reaches the API
 * within a minute of its publication — what the listing's cache lifetime (60 s) allows anyway.
 */
const cutOffStepMs = 60_000;

/**
 * GET /api/v1/vacancies: the search page's search, paged by cursor. The first page fixes the cut-off; every
 * later page of the listing leaves out what was published after it, so adding vacancies never shifts a page. Results are exactly the query's: unlike the page, no word is dropped to avoid an
 * empty answer, and no facets are counted.
 */
export async function listApiVacancies(
  searchParams: URLSearchParams,
  now = new Date(),
): Promise<z.infer<typeof vacancyListSchema>> {
  const { cursor: cursorText, limit, lang, ...filters } = parseApiQuery(vacancyListQuerySchema, searchParams);
  const digest = listingDigest({ ...filters, limit });
  const cursor = cursorText === undefined ? null : decodeCursor(cursorText);
  if (cursorText !== undefined && !cursor) throw refused("cursor", "Not a cursor this API gave.");
  if (cursor && cursor.digest !== digest)
    throw refused("cursor", "The cursor belongs to a listing with other parameters: repeat them unchanged.");
  const page = cursor?.page ?? 1;
  const publishedBefore = cursor?.publishedBefore ?? new Date(Math.floor(now.getTime() / cutOffStepMs) * cutOffStepMs);

  const query: SearchQuery = {
    ...filters,
    housing: filters.housing ?? false,
    open: filters.open ?? false,
    verified: filters.verified ?? false,
    noAgencies: filters.noAgencies ?? false,
    page,
  };
  const [{ result, ownerOf }, names] = await Promise.all([
    memoizedAnswer(`api:${digest}:${page}:${publishedBefore.getTime()}`, () =>
      searchListing(query, limit, publishedBefore),
    ),
    placeNames(),
  ]);
  const reached = page * limit;
  const hasMore = reached < Math.min(result.total, maxApiListDepth);
  return {
    // Vacancy rows are never deleted while indexed; a hit without one would be a stale index entry.
    items: result.hits.flatMap((hit) => {
      const organizationId = ownerOf.get(hit.id);
      return organizationId ? [vacancySummaryJson({ ...hit, organizationId }, names, lang)] : [];
    }),
    total: result.total,
    asOf: publishedBefore.toISOString(),
    nextCursor: hasMore ? encodeCursor({ digest, publishedBefore, page: page + 1 }) : null,
  };
}

/** One page of a listing with each vacancy's employer (the index does not carry the employer's id). */
async function searchListing(query: SearchQuery, limit: number, publishedBefore: Date) {
  const context = { ...(await searchContext(query.q)), pageSize: limit, publishedBefore, withoutFacets: true };
  const result = await withSearchFallback((engine) => engine.search(query, context));
  const owners = await db.vacancy.findMany({
    where: { id: { in: result.hits.map((hit) => hit.id) } },
    select: { id: true, organizationId: true },
  });
  return { result, ownerOf: new Map(owners.map((row) => [row.id, row.organizationId])) };
}

function refused(parameter: string, message: string): AppError {
  return new AppError("invalid", "invalid parameters", { fields: { [parameter]: [message] } });
}
