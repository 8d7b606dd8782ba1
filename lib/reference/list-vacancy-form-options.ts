import "server-only";
import { localizedName } from "@/lib/i18n/localized-name";
import { db } from "@/lib/server/db";

/** What the vacancy form offers: ISCO-08 unit groups (with text to match) and places, in the locale. */
export async function listVacancyFormOptions(locale: string) {
  const [occupations, regions, cities] = await Promise.all([
    db.occupation.findMany({
      where: { level: 4 },
      orderBy: { code: "asc" },
      select: { code: true, nameRu: true, nameEn: true, nameKy: true, nameKk: true },
    }),
    db.region.findMany({ orderBy: [{ countryCode: "asc" }, { sortOrder: "asc" }] }),
    db.city.findMany({ orderBy: [{ regionCode: "asc" }, { population: "desc" }] }),
  ]);
  return {
    // Labels only (for a chosen code and codes typed as digits); the picker matches words on the server.
    occupations: occupations.map((o) => ({ code: o.code, label: localizedName(o, locale) })),
    regions: regions.map((r) => ({ code: r.code, parent: r.countryCode as string, name: localizedName(r, locale) })),
    cities: cities.map((c) => ({ code: c.code, parent: c.regionCode, name: localizedName(c, locale) })),
  };
}
