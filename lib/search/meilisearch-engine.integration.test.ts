import { describe, it } from "vitest";
import { createMeilisearchEngine } from "./meilisearch-engine";
import { defineSearchContract } from "./search-contract";

// The same contract against a real Meilisearch, when one is configured (MEILI_URL, MEILI_MASTER_KEY).
// No Meilisearch binary can be installed on our machines, so CI runs this part only where one exists.
const host = process.env.MEILI_URL;

if (host) {
  defineSearchContract("Meilisearch", () => createMeilisearchEngine({ host, masterKey: process.env.MEILI_MASTER_KEY }));
} else {
  describe("search contract: Meilisearch", () => {
    console.log("[search] Meilisearch contract SKIPPED: MEILI_URL is not set (the same cases ran on PostgreSQL).");
    it.skip("runs when MEILI_URL points at a Meilisearch server", () => {});
  });
}
