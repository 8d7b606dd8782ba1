import "server-only";
import { db } from "@/lib/server/db";
import type { Named } from "@/lib/i18n/localized-name";

type Places = {
  regions: Map<string, Named & { code: string; kind: "REGION" | "CITY"; countryCode: string; sortOrder: number }>;
  cities: Map<string, Named & { code: string; regionCode: string }>;
  /** ISCO-08 major groups ("5" → Service and sales workers) */
  majorGroups: Map<string, Named & { code: string }>;
  /** Every ISCO-08 group, all four levels, in code order */
  occupations: Map<string, Named & { code: string; level: number; parentCode: string | null }>;
  countries: Map<string, Named & { code: string; currency: string }>;
};

// Not the aliases: a long text per group that only search and the picker read.
const occupationColumns = {
  code: true,
  level: true,
  parentCode: true,
  nameRu: true,
  nameKy: true,
  nameKk: true,
  nameEn: true,
} as const;

let cached: { at: number; places: Promise<Places> } | undefined;
const ttlMs = 10 * 60 * 1000;

/**
 * Country, region, town and ISCO-08 group names by code, for rendering search results and filters. Reference data changes with a deploy or a
 * seed, so each server keeps it for ten minutes (a cache of read-only data, not state).
 */
export function placeNames(): Promise<Places> {
  if (!cached || Date.now() - cached.at > ttlMs) {
    const places = (async () => {
      const [regions, cities, occupations, countries] = await Promise.all([
        db.region.findMany({ orderBy: [{ countryCode: "asc" }, { sortOrder: "asc" }] }),
        db.city.findMany({ orderBy: [{ regionCode: "asc" }, { nameRu: "asc" }] }),
        db.occupation.findMany({ select: occupationColumns, orderBy: { code: "asc" } }),
        db.country.findMany({ orderBy: { code: "asc" } }),
      ]);
      return {
        regions: new Map(regions.map((r) => [r.code, r])),
        cities: new Map(cities.map((c) => [c.code, c])),
        majorGroups: new Map(occupations.filter((o) => o.level === 1).map((g) => [g.code, g])),
        occupations: new Map(occupations.map((o) => [o.code, o])),
        countries: new Map(countries.map((c) => [c.code, c])),
      };
    })();
    cached = { at: Date.now(), places };
    places.catch(() => (cached = undefined));
  }
  return cached.places;
}
