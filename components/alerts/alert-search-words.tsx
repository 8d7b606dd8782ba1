import { getTranslations } from "next-intl/server";
import { filterLabel } from "@/components/search/active-filters";
import type { placeNames } from "@/lib/reference/place-names";
import { activeFilters, type SearchQuery } from "@/lib/search/query";

/** A saved search in the search page's own words: the typed text and each filter's chip label. */
export async function AlertSearchWords({
  search,
  places,
}: {
  search: SearchQuery;
  places: Awaited<ReturnType<typeof placeNames>>;
}) {
  const t = await getTranslations("alerts");
  const keys = [...(search.q ? (["q"] as const) : []), ...activeFilters(search)];
  if (keys.length === 0) return <>{t("allVacancies")}</>;
  const labels = await Promise.all(keys.map((key) => filterLabel(search, key, places)));
  return (
    <ul className="inline-flex flex-wrap gap-x-2 gap-y-1">
      {labels.map((label, i) => (
        <li key={keys[i]} className="rounded-full bg-brand-50 px-2 text-brand-800">
          {label}
        </li>
      ))}
    </ul>
  );
}
