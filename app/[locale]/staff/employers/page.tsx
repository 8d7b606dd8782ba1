import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmployerFilters } from "@/components/staff/employer-filters";
import { Badge } from "@/components/ui/badge";
import { Pager } from "@/components/ui/pager";
import { firstValues, listHref } from "@/lib/pages/list-params";
import { Panel } from "@/components/ui/panel";
import { requireStaffPage } from "@/lib/access/pages";
import { Link } from "@/lib/i18n/navigation";
import { listEmployers } from "@/lib/moderation/list-employers";
import { staffPageTitle } from "@/lib/pages/staff-page-title";

export const dynamic = "force-dynamic";

export const generateMetadata = staffPageTitle("employersTitle");

// GET /[locale]/staff/employers – the employers registry of the staff member's countries
export default async function EmployersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  const query = await firstValues(searchParams);
  const [t, result] = await Promise.all([getTranslations(), listEmployers(actor, query)]);
  const { filter, employers } = result;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("staff.employersTitle")}</h1>
      <EmployerFilters filter={filter} jurisdictions={actor.jurisdictions} />
      <p className="text-sm text-slate-700" role="status" data-testid="employers-count">
        {t("staff.employersFound", { count: result.total })}
      </p>
      {employers.length === 0 ? (
        <Panel tone="empty">{t("staff.employersNone")}</Panel>
      ) : (
        <ul className="space-y-2">
          {employers.map((employer) => (
            <Panel as="li" key={employer.id} padding="sm" className="space-y-1" data-testid="employer-row">
              <p className="flex flex-wrap items-center gap-2">
                <Link href={`/staff/employers/${employer.id}`} className="font-medium text-brand-700 underline">
                  {employer.legalName}
                </Link>
                <Badge>{t(`organizationKind.${employer.kind}`)}</Badge>
                <Badge tone={employer.verificationState === "VERIFIED" ? "success" : "warning"}>
                  {t(`verification.${employer.verificationState}`)}
                </Badge>
                {employer.blockedAt && <Badge tone="danger">{t("staff.blocked")}</Badge>}
                {employer.isDemo && <Badge>{t("demo.badge")}</Badge>}
              </p>
              <p className="text-sm text-slate-700">
                {t(`country.${employer.countryCode}`)} · {t(`staff.registryNumber.${employer.countryCode}`)}{" "}
                <span className="font-mono">{employer.registryNumber}</span>
              </p>
              <p className="text-sm text-slate-700">
                {t("staff.employerCounts", { published: employer.published, reports: employer.openReports })}
              </p>
            </Panel>
          ))}
        </ul>
      )}
      <Pager
        page={result.page}
        pageCount={result.pages}
        hrefFor={(to) => listHref("/staff/employers", { ...filter, page: undefined }, to)}
      />
    </div>
  );
}
