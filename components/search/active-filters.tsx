import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localizedName } from "@/lib/i18n/localized-name";
import type { placeNames } from "@/lib/reference/place-names";
import { activeFilters, searchQueryString, type FilterKey, type SearchQuery } from "@/lib/search/query";

type Places = Awaited<ReturnType<typeof placeNames>>;

/** A link that removes one filter (or the text) and keeps the rest. */
export function withoutFilter(query: SearchQuery, key: FilterKey | "q"): string {
  const off = key === "housing" || key === "open" || key === "verified" || key === "noAgencies" ? false : undefined;
  return `/vacancies${searchQueryString(query, { [key]: off, ...(key === "pay" ? { currency: undefined } : {}), page: 1 })}`;
}

/** A filter in words, in the request's language or (outside a page, e.g. the feed's route) in `inLocale`. */
export async function filterLabel(
  query: SearchQuery,
  key: FilterKey | "q",
  places: Places,
  inLocale?: string,
): Promise<string> {
  const locale = inLocale ?? (await getLocale());
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const name = (map: Map<string, Parameters<typeof localizedName>[0]>, code?: string) =>
    code && map.get(code) ? localizedName(map.get(code)!, locale) : (code ?? "");
  switch (key) {
    case "q":
      // The messages put their own quotation marks around a filter (search.relax): the words go in bare.
      return (query.q ?? "").replace(/^["'«»“”„]+|["'«»“”„]+$/g, "");
    case "country":
      return t(`country.${query.country!}`);
    case "region":
      return name(places.regions, query.region);
    case "city":
      return name(places.cities, query.city);
    case "group":
      return name(places.majorGroups, query.group);
    case "occupation":
      return t("search.occupationChip", { code: query.occupation! });
    case "sector":
      return t(`sector.${query.sector!}`);
    case "type":
      return t(`employmentType.${query.type!}`);
    case "pay":
      return t("search.payChip", {
        amount: `${format.number(query.pay!)} ${t(`currency.${query.currency ?? "KZT"}`)}`,
      });
    case "days":
      return t("search.lastDays", { days: query.days! });
    case "housing":
      return t("search.housing");
    case "open":
      return t("search.openToOther");
    case "verified":
      return t("search.verifiedOnly");
    case "noAgencies":
      return t("search.noAgencies");
  }
}

/** The active filters as chips; each one's × removes just that filter. */
export async function ActiveFilters({ query, places }: { query: SearchQuery; places: Places }) {
  const t = await getTranslations("search");
  const keys = activeFilters(query);
  if (keys.length === 0) return null;
  const labels = await Promise.all(keys.map((key) => filterLabel(query, key, places)));
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("activeFilters")}>
      {keys.map((key, i) => (
        <li key={key}>
          <Link
            href={withoutFilter(query, key)}
            className="inline-flex min-h-11 items-center gap-2 rounded-full border border-brand-600 bg-brand-50 px-4 py-1 text-sm text-brand-800 hover:bg-brand-100"
            aria-label={t("removeFilter", { filter: labels[i]! })}
          >
            {labels[i]} <span aria-hidden="true">×</span>
          </Link>
        </li>
      ))}
      <li>
        <Link
          href={query.q ? `/vacancies${searchQueryString({ q: query.q })}` : "/vacancies"}
          className="inline-flex min-h-11 items-center px-2 text-sm text-brand-700 underline"
        >
          {t("clearFilters")}
        </Link>
      </li>
    </ul>
  );
}
