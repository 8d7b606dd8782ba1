import type { Metadata } from "next";
import { cache } from "react";
import { publicPageMetadata } from "@/lib/seo/public-page-metadata";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { DemoBadge } from "@/components/vacancies/demo-badge";
import { FactList } from "@/components/vacancies/fact-list";
import { VerificationBadge } from "@/components/vacancies/verification-badge";
import { Link } from "@/lib/i18n/navigation";
import { getPublicEmployer } from "@/lib/organizations/get-public-employer";
import { placeNames } from "@/lib/reference/place-names";
import { localizedName } from "@/lib/i18n/localized-name";
import { isAppError } from "@/lib/server/errors";

// Cached for every visitor and refreshed when the data changes (lib/pages/public-pages.ts).
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; id: string }> };

// One read per render: the metadata and the page share it.
const load = cache(async (id: string) => {
  try {
    return await getPublicEmployer(id);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, locale } = await params;
  const [{ organization }, t] = await Promise.all([load(id), getTranslations({ locale, namespace: "employerPage" })]);
  return publicPageMetadata({
    locale,
    path: `/employers/${organization.id}`,
    title: organization.legalName,
    description: t("metaDescription", { name: organization.legalName }),
  });
}

// GET /[locale]/employers/[id] – who the employer is, how the portal checked it, its open vacancies
export default async function EmployerPublicPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [{ organization: org, vacancies }, t, format, places] = await Promise.all([
    load(id),
    getTranslations(),
    getFormatter(),
    placeNames(),
  ]);
  const place = (regionCode: string, cityCode: string | null) => {
    const city = cityCode ? places.cities.get(cityCode) : undefined;
    const region = places.regions.get(regionCode);
    return city ? localizedName(city, locale) : region ? localizedName(region, locale) : regionCode;
  };
  return (
    <article className="space-y-6">
      <Panel as="header" padding="lg" className="space-y-3">
        <h1 className="text-2xl font-bold leading-tight">{org.legalName}</h1>
        <p className="flex flex-wrap items-center gap-2">
          <VerificationBadge state={org.verificationState} />
          <Badge>{t(`organizationKind.${org.kind}`)}</Badge>
          {org.isDemo && <DemoBadge />}
        </p>
        <p className="text-sm text-slate-700">
          {org.verificationState === "VERIFIED"
            ? t("employerPage.verifiedExplained")
            : t("employerPage.unverifiedExplained")}
        </p>
      </Panel>
      <Panel as="section" padding="lg" aria-labelledby="employer-facts">
        <h2 id="employer-facts" className="mb-3 text-lg font-semibold">
          {t("employerPage.about")}
        </h2>
        {org.description && (
          <p className="mb-4 whitespace-pre-line text-slate-800" data-testid="employer-description">
            {org.description}
          </p>
        )}
        <FactList
          facts={[
            [t("employerPage.country"), t(`country.${org.countryCode}`)],
            [org.countryCode === "KZ" ? t("employerPage.bin") : t("employerPage.inn"), org.registryNumber],
            [
              t("employerPage.verification"),
              org.verificationState === "VERIFIED" && org.verifiedAt
                ? t("employerPage.verifiedOn", {
                    date: format.dateTime(org.verifiedAt, { dateStyle: "long" }),
                    how: org.verificationNote ?? "",
                  })
                : t(`verification.${org.verificationState}`),
            ],
            [
              t("employerPage.agencyLicense"),
              org.kind === "RECRUITMENT_AGENCY" ? (org.agencyLicense ?? t("employerPage.noLicence")) : null,
            ],
            [t("employerPage.address"), org.address],
            [t("employerPage.onPortalSince"), format.dateTime(org.createdAt, { dateStyle: "long" })],
            [
              t("employerPage.website"),
              org.website && /^https?:\/\//.test(org.website) ? (
                <a href={org.website} rel="nofollow noopener" className="text-brand-700 underline">
                  {org.website}
                </a>
              ) : null,
            ],
          ]}
        />
      </Panel>
      <section aria-labelledby="employer-vacancies" className="space-y-3">
        <h2 id="employer-vacancies" className="text-lg font-semibold">
          {t("employerPage.openVacancies", { count: vacancies.length })}
        </h2>
        {vacancies.length === 0 ? (
          <p className="text-slate-700">{t("employerPage.noVacancies")}</p>
        ) : (
          <ul className="space-y-2">
            {vacancies.map((v) => (
              <Panel as="li" key={v.vacancyId} padding="sm">
                <Link
                  href={`/vacancies/${v.vacancyId}`}
                  className="font-semibold text-brand-700 underline"
                  lang={v.language}
                >
                  {v.title}
                </Link>
                <p className="text-sm text-slate-700">
                  {place(v.regionCode, v.cityCode)} · {format.dateTime(v.publishedAt, { dateStyle: "medium" })}
                </p>
              </Panel>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
