import "server-only";
import { db } from "@/lib/server/db";

// Public search answers, kept for a short while in this server's memory. A search that counts facets over
// tens of thousands of vacancies costs a hundred milliseconds of database time, and seekers ask the same
// few questions ("водитель", a country, a region) over and over; an answer is the same for everyone.
//
// Shared nothing, never stale beyond what is announced: every write to the search index also writes a
// PageExpiry row (lib/search/postgres-index.ts, same transaction), and each search first reads the newest
// row's id — one index lookup. A new id means the index changed, on any server: every kept answer is
// dropped. Answers also expire after `ttlMs` (what a vacancy's end date or Meilisearch's own catch-up
// changes without a write here), matching the search page's shared-cache lifetime (s-maxage=30).

const ttlMs = 30_000;
const maxEntries = 1_000;

type Entry = { at: number; value: Promise<unknown> };
const state = { generation: undefined as string | undefined, entries: new Map<string, Entry>() };

async function indexGeneration(): Promise<string> {
  const [row] = await db.$queryRaw<{ id: bigint | null }[]>`SELECT max("id") AS id FROM "PageExpiry"`;
  return String(row?.id ?? "none");
}

/** The kept answer to `key`, or `compute()`'s (one computation at a time per key; failures are not kept). */
export async function memoizedAnswer<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const generation = await indexGeneration();
  if (generation !== state.generation) {
    state.generation = generation;
    state.entries.clear();
  }
  const now = Date.now();
  const kept = state.entries.get(key);
  if (kept && now - kept.at < ttlMs) return kept.value as Promise<T>;
  const value = compute();
  state.entries.delete(key);
  state.entries.set(key, { at: now, value });
  if (state.entries.size > maxEntries) state.entries.delete(state.entries.keys().next().value!);
  value.catch(() => {
    if (state.entries.get(key)?.value === value) state.entries.delete(key);
  });
  return value;
}
