import type { Metadata } from "next";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { buttonClass, controlClass } from "@/components/ui/field";
import { GetForm } from "@/components/forms/get-form";
import { SelectField } from "@/components/forms/select-field";
import { Link } from "@/lib/i18n/navigation";
import { hasDemoData } from "@/lib/organizations/has-demo-data";
import { countPublishedVacancies } from "@/lib/vacancies/count-published-vacancies";
import { countryCodes, sectors } from "@/lib/vacancies/schemas";
import { Panel } from "@/components/ui/panel";
import { publicPageMetadata } from "@/lib/seo/public-page-metadata";

// Cached for every visitor and refreshed when the data changes (lib/pages/public-pages.ts).
export const revalidate = 60;

// Only the cached public pages declare static params (none at build time, which has no database): a
// layout-level declaration would make every page under [locale] a cached page, including the ones that
// read the session or the query string.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return publicPageMetadata({
    locale,
    path: "",
    title: t("siteFullName"),
    description: t("description"),
    absoluteTitle: true,
  });
}

// GET /[locale] – what the portal is, a search box, open vacancies by country and sector
export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, counts, demo] = await Promise.all([getTranslations(), countPublishedVacancies(), hasDemoData()]);
  const current = await getLocale();
  const sectorsByCount = [...sectors].sort((a, b) => (counts.bySector[b] ?? 0) - (counts.bySector[a] ?? 0));

  return (
    <div className="space-y-8">
      {demo && (
        <Panel as="p" tone="warning" padding="none" className="px-4 py-2 text-sm text-amber-950" role="note">
          {t("demo.banner")}
        </Panel>
      )}
      <section className="space-y-4">
        <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{t("home.title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("home.lead")}</p>
        <Panel
          as={GetForm}
          className="flex flex-col gap-2 sm:flex-row sm:items-end"
          action={`/${current}/vacancies`}
          role="search"
        >
          <div className="flex-1">
            <label htmlFor="home-q" className="text-sm font-medium text-slate-700">
              {t("home.searchLabel")}
            </label>
            <input
              id="home-q"
              name="q"
              type="search"
              placeholder={t("home.searchPlaceholder")}
              className={`${controlClass} mt-1`}
              maxLength={100}
            />
          </div>
          <SelectField
            id="home-country"
            name="country"
            label={t("home.countryLabel")}
            placeholder={t("home.anyCountry")}
            options={countryCodes.map((code) => [code, t(`country.${code}`)] as const)}
          />
          <button type="submit" className={buttonClass}>
            {t("home.searchButton")}
          </button>
        </Panel>
        <p className="text-slate-700" data-testid="total-count">
          {t("home.total", { count: counts.total })}
        </p>
      </section>

      <section aria-labelledby="by-country">
        <h2 id="by-country" className="mb-3 text-lg font-semibold">
          {t("home.byCountry")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {countryCodes.map((code) => (
            <li key={code}>
              <Panel as={Link} href={`/vacancies?country=${code}`} className="block hover:border-brand-600">
                <span className="block font-semibold text-brand-700">
                  {t("home.vacanciesIn", { country: t(`country.${code}`) })}
                </span>
                <span className="text-slate-700">
                  {t("home.countVacancies", { count: counts.byCountry[code] ?? 0 })}
                </span>
              </Panel>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="by-sector">
        <h2 id="by-sector" className="mb-3 text-lg font-semibold">
          {t("home.bySector")}
        </h2>
        <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {sectorsByCount.map((sector) => (
            <li key={sector}>
              <Panel
                as={Link}
                href={`/vacancies?sector=${sector}`}
                padding="none"
                className="flex min-h-11 items-center justify-between px-3 py-2 hover:border-brand-600"
              >
                <span>{t(`sector.${sector}`)}</span>
                <span className="tabular-nums text-slate-600">{counts.bySector[sector] ?? 0}</span>
              </Panel>
            </li>
          ))}
        </ul>
      </section>

      <Panel as="section" tone="info" padding="lg" aria-labelledby="trust">
        <h2 id="trust" className="mb-2 text-lg font-semibold">
          {t("home.trustTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          <li>{t("home.trustModeration")}</li>
          <li>{t("home.trustNoFees")}</li>
          <li>{t("home.trustVerified")}</li>
          <li>{t("home.trustSalary")}</li>
        </ul>
      </Panel>
    </div>
  );
}
