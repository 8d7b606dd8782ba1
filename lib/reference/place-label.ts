import { placeName } from "./place-name";
import type { placeNames } from "./place-names";

type Places = Awaited<ReturnType<typeof placeNames>>;

/**
 * Where a vacancy is, in words, from its codes: "Бишкек" for a city of republican status, "Каракол,
 * Иссык-Кульская область" for a town in a region. The search cards, the feed and the job-alert mails say it
 * the same way (placeName, as the vacancy page does).
 */
export function placeLabel(
  vacancy: { regionCode: string; cityCode: string | null },
  places: Places,
  locale: string,
): string {
  const region = places.regions.get(vacancy.regionCode);
  if (!region) return vacancy.regionCode;
  const city = vacancy.cityCode ? (places.cities.get(vacancy.cityCode) ?? null) : null;
  return placeName({ region, city }, locale);
}
