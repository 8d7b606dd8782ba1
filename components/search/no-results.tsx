import { getTranslations } from "next-intl/server";
import { withoutFilter } from "@/components/search/active-filters";
import { Panel } from "@/components/ui/panel";
import { Link } from "@/lib/i18n/navigation";
import type { FilterKey, SearchQuery } from "@/lib/search/query";

type Relaxation = { drop: FilterKey | "q"; total: number; label: string };

/** Nothing found: which single condition to drop, and how many vacancies that would give. */
export async function NoResults({ query, relaxations }: { query: SearchQuery; relaxations: Relaxation[] }) {
  const t = await getTranslations();
  return (
    <Panel as="div" tone="empty" padding="xl">
      <p className="font-medium">{t("list.emptyTitle")}</p>
      {relaxations.length > 0 ? (
        <ul className="mt-2 text-sm">
          {relaxations.map((relaxation) => (
            <li key={relaxation.drop}>
              <Link
                href={withoutFilter(query, relaxation.drop)}
                className="inline-flex min-h-11 items-center text-brand-700 underline"
              >
                {t("search.relax", { filter: relaxation.label, count: relaxation.total })}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-700">{t("list.emptyHint")}</p>
      )}
    </Panel>
  );
}
