import { localizedName, type Named } from "@/lib/i18n/localized-name";

type Place = { region: Named & { kind: "REGION" | "CITY" }; city: Named | null };

/**
 * "Town, Region" for a place in a region; just the city for a city of republican significance
 * (its region *is* the city: "Almaty", not "Almaty, Almaty city").
 */
export function placeName({ region, city }: Place, locale: string): string {
  if (region.kind === "CITY") return localizedName(city ?? region, locale);
  return city ? `${localizedName(city, locale)}, ${localizedName(region, locale)}` : localizedName(region, locale);
}
