import "server-only";
import { db } from "@/lib/server/db";
import type { Named } from "@/lib/i18n/localized-name";

type Places = { regions: Map<string, Named & { kind: "REGION" | "CITY"; countryCode: string }>; cities: Map<string, Named> };

let cached: { at: number; places: Promise<Places> } | undefined;
const ttlMs = 10 * 60 * 1000;

/**
 * Region and town names by code, for rendering search results. Reference data changes with a deploy or a
 * seed, so each server keeps it for ten minutes (a cache of read-only data, not state).
 */
export function placeNames(): Promise<Places> {
  if (!cached || Date.now() - cached.at > ttlMs) {
    const places = (async () => {
      const [regions, cities] = await Promise.all([db.region.findMany(), db.city.findMany()]);
      return {
        regions: new Map(regions.map((r) => [r.code, r])),
        cities: new Map(cities.map((c) => [c.code, c])),
      };
    })();
    cached = { at: Date.now(), places };
    places.catch(() => (cached = undefined));
  }
  return cached.places;
}
