import { getLocale, getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { Link } from "@/lib/i18n/navigation";
import { localizedName } from "@/lib/i18n/localized-name";
import type { placeNames } from "@/lib/reference/place-names";
import type { SimilarVacancy } from "@/lib/vacancies/find-similar-vacancies";

/** Other vacancies of the same occupation at the end of a vacancy page, nearby places first. */
export async function SimilarVacancies({
  similar,
  places,
}: {
  similar: SimilarVacancy[];
  places: Awaited<ReturnType<typeof placeNames>>;
}) {
  const [t, locale] = await Promise.all([getTranslations("vacancy"), getLocale()]);
  if (similar.length === 0) return null;
  const place = (regionCode: string, cityCode: string | null) => {
    const city = cityCode ? places.cities.get(cityCode) : undefined;
    const region = places.regions.get(regionCode);
    return city ? localizedName(city, locale) : region ? localizedName(region, locale) : regionCode;
  };
  return (
    <section aria-labelledby="similar-heading" className="space-y-2 print:hidden" data-testid="similar-vacancies">
      <h2 id="similar-heading" className="text-lg font-semibold">
        {t("similar")}
      </h2>
      <ul className="space-y-2">
        {similar.map((v) => (
          <Panel as="li" key={v.vacancyId} padding="sm">
            <Link
              href={`/vacancies/${v.vacancyId}`}
              className="font-semibold text-brand-700 underline"
              lang={v.language}
            >
              {v.title}
            </Link>
            <p className="text-sm text-slate-700">
              {v.organizationName} · {place(v.regionCode, v.cityCode)}
            </p>
          </Panel>
        ))}
      </ul>
    </section>
  );
}
