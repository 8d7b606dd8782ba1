import "server-only";
import { db } from "@/lib/server/db";
import type { Named } from "@/lib/i18n/localized-name";

type Places = {
  regions: Map<string, Named & { code: string; kind: "REGION" | "CITY"; countryCode: string; sortOrder: number }>;
  cities: Map<string, Named & { code: string; regionCode: string }>;
  /** ISCO-08 major groups ("5" → Service and sales workers) */
  majorGroups: Map<string, Named & { code: string }>;
};

let cached: { at: number; places: Promise<Places> } | undefined;
const ttlMs = 10 * 60 * 1000;

/**
 * Region, town and ISCO major-group names by code, for rendering search results and filters. Reference data changes with a deploy or a
 * seed, so each server keeps it for ten minutes (a cache of read-only data, not state).
 */
export function placeNames(): Promise<Places> {
  if (!cached || Date.now() - cached.at > ttlMs) {
    const places = (async () => {
      const [regions, cities, groups] = await Promise.all([
        db.region.findMany({ orderBy: [{ countryCode: "asc" }, { sortOrder: "asc" }] }),
        db.city.findMany(),
        db.occupation.findMany({ where: { level: 1 }, orderBy: { code: "asc" } }),
      ]);
      return {
        regions: new Map(regions.map((r) => [r.code, r])),
        cities: new Map(cities.map((c) => [c.code, c])),
        majorGroups: new Map(groups.map((g) => [g.code, g])),
      };
    })();
    cached = { at: Date.now(), places };
    places.catch(() => (cached = undefined));
  }
  return cached.places;
}
