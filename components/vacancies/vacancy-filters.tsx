import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass, controlClass, Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
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
      <SelectField id="filter-country" name="country" label={t("list.country")} emptyLabel={t("home.anyCountry")} defaultValue={filters.country} options={countryCodes.map((code) => [code, t(`country.${code}`)] as const)} />
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
      <SelectField id="filter-sector" name="sector" label={t("list.sector")} emptyLabel={t("list.anyF")} defaultValue={filters.sector} options={sectors.map((sector) => [sector, t(`sector.${sector}`)] as const)} />
      <SelectField id="filter-employment" name="employmentType" label={t("list.employmentType")} emptyLabel={t("list.any")} defaultValue={filters.employmentType} options={employmentTypes.map((type) => [type, t(`employmentType.${type}`)] as const)} />
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
