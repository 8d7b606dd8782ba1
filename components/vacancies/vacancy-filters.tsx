import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass, controlClass, Field } from "@/components/ui/field";
import { Link } from "@/lib/i18n/navigation";
import { localizedName } from "@/lib/i18n/localized-name";
import type { RegionOption } from "@/lib/reference/list-regions";
import { countryCodes, employmentTypes, sectors, type VacancyListFilters } from "@/lib/vacancies/schemas";

/**
 * A plain GET form: it works without JavaScript, every state lives in the URL (shareable, back button works).
 * Regions are grouped by country; choosing a region of the other country simply narrows to that region.
 */
export async function VacancyFilters({ filters, regions }: { filters: VacancyListFilters; regions: RegionOption[] }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const visibleRegions = filters.country ? regions.filter((r) => r.countryCode === filters.country) : regions;
  return (
    <form method="get" action={`/${locale}/vacancies`} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" role="search">
      <h2 className="sr-only">{t("list.filters")}</h2>
      <div className="sm:col-span-2 lg:col-span-5">
        <Field label={t("list.query")} htmlFor="filter-q">
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("home.searchPlaceholder")} className={controlClass} maxLength={100} />
        </Field>
      </div>
      <Field label={t("list.country")} htmlFor="filter-country">
        <select id="filter-country" name="country" defaultValue={filters.country ?? ""} className={controlClass}>
          <option value="">{t("home.anyCountry")}</option>
          {countryCodes.map((code) => (
            <option key={code} value={code}>
              {t(`country.${code}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("list.region")} htmlFor="filter-region">
        <select id="filter-region" name="region" defaultValue={filters.region ?? ""} className={controlClass}>
          <option value="">{t("list.any")}</option>
          {countryCodes
            .filter((code) => visibleRegions.some((r) => r.countryCode === code))
            .map((code) => (
              <optgroup key={code} label={t(`country.${code}`)}>
                {visibleRegions
                  .filter((r) => r.countryCode === code)
                  .map((region) => (
                    <option key={region.code} value={region.code}>
                      {localizedName(region, locale)}
                    </option>
                  ))}
              </optgroup>
            ))}
        </select>
      </Field>
      <Field label={t("list.sector")} htmlFor="filter-sector">
        <select id="filter-sector" name="sector" defaultValue={filters.sector ?? ""} className={controlClass}>
          <option value="">{t("list.anyF")}</option>
          {sectors.map((sector) => (
            <option key={sector} value={sector}>
              {t(`sector.${sector}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("list.employmentType")} htmlFor="filter-employment">
        <select id="filter-employment" name="employmentType" defaultValue={filters.employmentType ?? ""} className={controlClass}>
          <option value="">{t("list.any")}</option>
          {employmentTypes.map((type) => (
            <option key={type} value={type}>
              {t(`employmentType.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex items-end gap-3">
        <button type="submit" className={`${buttonClass} w-full`}>
          {t("list.apply")}
        </button>
      </div>
      <div className="sm:col-span-2 lg:col-span-5">
        <Link href="/vacancies" className="text-sm text-brand-700 underline">
          {t("list.reset")}
        </Link>
      </div>
    </form>
  );
}
