import { getLocale, getTranslations } from "next-intl/server";
import { GetForm } from "@/components/forms/get-form";
import { buttonClass, controlClass } from "@/components/ui/field";
import { EmploymentType, Sector } from "@/lib/generated/prisma/enums";
import { localizedName } from "@/lib/i18n/localized-name";
import type { placeNames } from "@/lib/reference/place-names";
import type { Facets } from "@/lib/search/port";
import { postedWithinChoices, type SearchQuery } from "@/lib/search/query";
import { Panel } from "@/components/ui/panel";

type Props = { query: SearchQuery; facets: Facets; places: Awaited<ReturnType<typeof placeNames>> };

function Select({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  any: string;
  options: [string, string][];
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`f-${name}`} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className={controlClass}>
        <option value="">{any}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A yes/no filter; the whole line (at least 44 px tall) is the tap target. Not offered when it would find nothing. */
function Check({ name, label, checked, count }: { name: string; label: string; checked: boolean; count: number }) {
  if (count === 0 && !checked) return null;
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 py-1 text-slate-800">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="h-5 w-5 shrink-0" />
      <span>
        {label} <span className="text-slate-600">({count})</span>
      </span>
    </label>
  );
}

/**
 * Every filter as a plain GET form (works without JavaScript; the URL holds the state, empty fields stay out
 * of it). The numbers are facet counts: how many of the current results have each value; a value that would
 * find nothing is not offered (unless it is the one chosen).
 */
export async function FilterPanel({ query, facets, places }: Props) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const counted = (
    facet: Record<string, number>,
    value: string,
    label: string,
    selected?: string,
  ): [string, string] | null => {
    const count = facet[value] ?? 0;
    if (count === 0 && value !== selected) return null;
    return [value, `${label} (${count})`];
  };
  const list = (items: ([string, string] | null)[]) => items.filter((item): item is [string, string] => item !== null);
  const regions = [...places.regions.values()].filter((r) => !query.country || r.countryCode === query.country);
  const cities = query.region ? [...places.cities.values()].filter((c) => c.regionCode === query.region) : [];

  return (
    <Panel as={GetForm} className="space-y-4" action={`/${locale}/vacancies`} aria-label={t("search.filters")}>
      {query.q && <input type="hidden" name="q" value={query.q} />}
      {query.sort !== "relevance" && <input type="hidden" name="sort" value={query.sort} />}
      {query.occupation && <input type="hidden" name="occupation" value={query.occupation} />}
      <Select
        name="country"
        label={t("list.country")}
        value={query.country}
        any={t("home.anyCountry")}
        options={list((["KG", "KZ"] as const).map((c) => counted(facets.country, c, t(`country.${c}`), query.country)))}
      />
      <Select
        name="region"
        label={t("list.region")}
        value={query.region}
        any={t("list.any")}
        options={list(regions.map((r) => counted(facets.region, r.code, localizedName(r, locale), query.region)))}
      />
      {cities.length > 0 && (
        <Select
          name="city"
          label={t("search.city")}
          value={query.city}
          any={t("list.any")}
          options={cities.map((c) => [c.code, localizedName(c, locale)] as [string, string])}
        />
      )}
      <Select
        name="sector"
        label={t("list.sector")}
        value={query.sector}
        any={t("list.anyF")}
        options={list(Object.values(Sector).map((s) => counted(facets.sector, s, t(`sector.${s}`), query.sector)))}
      />
      <Select
        name="group"
        label={t("search.occupationGroup")}
        value={query.group}
        any={t("list.anyF")}
        options={list(
          [...places.majorGroups.values()].map((g) =>
            counted(facets.group, g.code, localizedName(g, locale), query.group),
          ),
        )}
      />
      <Select
        name="type"
        label={t("list.employmentType")}
        value={query.type}
        any={t("list.any")}
        options={list(
          Object.values(EmploymentType).map((e) => counted(facets.type, e, t(`employmentType.${e}`), query.type)),
        )}
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-700">{t("search.payAtLeast")}</legend>
        <div className="flex gap-2">
          <label htmlFor="f-pay" className="sr-only">
            {t("search.payAmount")}
          </label>
          <input
            id="f-pay"
            name="pay"
            type="number"
            inputMode="numeric"
            min={1}
            defaultValue={query.pay ?? ""}
            className={controlClass}
          />
          <label htmlFor="f-currency" className="sr-only">
            {t("vacancyForm.currency")}
          </label>
          <select
            id="f-currency"
            name="currency"
            defaultValue={query.currency ?? (locale === "ky" ? "KGS" : "KZT")}
            data-only-with="pay"
            className={`${controlClass} w-28`}
          >
            <option value="KGS">{t("currency.KGS")}</option>
            <option value="KZT">{t("currency.KZT")}</option>
          </select>
        </div>
        <p className="text-xs text-slate-600">{t("search.payHint")}</p>
      </fieldset>
      <Select
        name="days"
        label={t("search.postedWithin")}
        value={query.days ? String(query.days) : undefined}
        any={t("search.anyTime")}
        options={postedWithinChoices.map((d) => [String(d), t("search.lastDays", { days: d })])}
      />
      <div>
        <Check name="housing" label={t("search.housing")} checked={query.housing} count={facets.housing.true ?? 0} />
        <Check name="open" label={t("search.openToOther")} checked={query.open} count={facets.open.true ?? 0} />
        <Check
          name="verified"
          label={t("search.verifiedOnly")}
          checked={query.verified}
          count={facets.verified.true ?? 0}
        />
        <Check
          name="noAgencies"
          label={t("search.noAgencies")}
          checked={query.noAgencies}
          count={facets.agency.false ?? 0}
        />
      </div>
      <button type="submit" className={`${buttonClass} w-full`}>
        {t("list.apply")}
      </button>
    </Panel>
  );
}
