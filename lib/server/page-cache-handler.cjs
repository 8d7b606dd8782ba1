/* eslint-disable @typescript-eslint/no-require-imports -- Next loads this file with require(): CommonJS. */
// Next's page cache, shared-nothing but kept in step across web servers (decision 0018).
//
// Pages stay in this server's memory (Next's own file-system cache class with writing to disk turned off,
// bounded by cacheMaxMemorySize), so a cached page costs no database round trip. What is shared is
// which pages are out of date: the application writes PageExpiry rows in the transactions that change
// public data (lib/pages/public-pages.ts), and before answering, this handler reads the rows written
// since its last look, at most once per PAGE_CACHE_SYNC_MS (1 s), and drops those pages here.
//
// Next loads this file itself, outside the application's bundle; it borrows the application's database
// pool through globalThis (lent at start by instrumentation.ts).
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { NEXT_CACHE_IMPLICIT_TAG_ID } = require("next/dist/lib/constants");

const syncIntervalMs = Number(process.env.PAGE_CACHE_SYNC_MS ?? 1000);
// A transaction may commit a little after its rows' createdAt: each look reaches back this far.
const overlapMs = 60_000;
const syncNowKey = Symbol.for("portal.pageCache.syncNow");
const readExpiriesKey = Symbol.for("portal.pageCache.readExpiries");

// Shared by every handler (Next creates one per request) and every copy of this module (Next may load
// it more than once): on globalThis.
const state = (globalThis[Symbol.for("portal.pageCache.state")] ??= {
  since: null,
  nextSyncAt: 0,
  running: null,
  applied: new Map(),
  announced: 0,
});

// This server made a change: read before the next answer, even if a read is under way (it may have
// started before the change committed).
globalThis[syncNowKey] = () => {
  state.announced++;
  state.nextSyncAt = 0;
};

/** The tag Next gives every page at this path (revalidatePath uses the same). */
const pathTag = (path) => `${NEXT_CACHE_IMPLICIT_TAG_ID}${path}`;

async function readOnce(handler, read) {
  const announced = state.announced;
  try {
    const { now, rows } = await read(state.since);
    const fresh = rows.filter((row) => !state.applied.has(row.id));
    if (fresh.length) await handler.revalidateTag([...new Set(fresh.map((row) => pathTag(row.path)))]);
    const nowMs = new Date(now).getTime();
    for (const row of fresh) state.applied.set(row.id, nowMs);
    for (const [id, at] of state.applied) if (at < nowMs - 2 * overlapMs) state.applied.delete(id);
    state.since = new Date(nowMs - overlapMs);
  } catch (error) {
    // Serve what is cached; the pages' own revalidate times still bound how stale they get.
    console.error(
      JSON.stringify({ level: "warn", msg: "page cache: could not read page expiries", err: String(error) }),
    );
  } finally {
    state.nextSyncAt = state.announced === announced ? Date.now() + syncIntervalMs : 0;
  }
}

async function syncExpiries(handler) {
  const read = globalThis[readExpiriesKey];
  if (typeof read !== "function") return;
  while (Date.now() >= state.nextSyncAt) {
    state.running ??= readOnce(handler, read).finally(() => {
      state.running = null;
    });
    await state.running;
  }
}

module.exports = class PageCacheHandler extends FileSystemCache {
  constructor(context) {
    // Memory only: a disk copy of every page in four languages would grow without bound.
    super({ ...context, flushToDisk: false });
  }

  async get(key, context) {
    await syncExpiries(this);
    return super.get(key, context);
  }
};
