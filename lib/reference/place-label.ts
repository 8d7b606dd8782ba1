import { localizedName } from "@/lib/i18n/localized-name";
import type { placeNames } from "./place-names";

type Places = Awaited<ReturnType<typeof placeNames>>;

/**
 * Where a vacancy is, in words: "Бишкек" for a city of republican status, "Каракол, Иссык-Кульская область"
 * for a town in a region. The search cards and the job-alert mails say it the same way.
 */
export function placeLabel(
  vacancy: { regionCode: string; cityCode: string | null },
  places: Places,
  locale: string,
): string {
  const region = places.regions.get(vacancy.regionCode);
  const city = vacancy.cityCode ? places.cities.get(vacancy.cityCode) : undefined;
  if (region?.kind === "CITY" || !city) return region ? localizedName(region, locale) : vacancy.regionCode;
  return `${localizedName(city, locale)}, ${region ? localizedName(region, locale) : ""}`;
}
