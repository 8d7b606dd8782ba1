import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { EmployerActivity } from "@/components/staff/employer-activity";
import { EmployerVacancies } from "@/components/staff/employer-vacancies";
import { OrganizationActions } from "@/components/staff/organization-actions";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { FactList } from "@/components/vacancies/fact-list";
import { requireStaffPage } from "@/lib/access/pages";
import { openEmployer } from "@/lib/moderation/open-employer";
import { staffPageTitle } from "@/lib/pages/staff-page-title";
import { isAppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

export const generateMetadata = staffPageTitle("employerTitle");

// GET /[locale]/staff/employers/[id] – one employer for staff of its country: details, record, vacancies,
// decisions, reports, verification history; verify, block and unblock
export default async function EmployerPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPage(locale);
  const [employer, t, format] = await Promise.all([
    openEmployer(actor, id).catch((error) => {
      if (isAppError(error) && error.code === "not_found") notFound();
      throw error;
    }),
    getTranslations(),
    getFormatter(),
  ]);
  const { organization: org, record } = employer;
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : null);
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">{t("staff.employerTitle")}</p>
        <h1 className="text-2xl font-bold">{org.legalName}</h1>
        <p className="flex flex-wrap items-center gap-2">
          <Badge>{t(`organizationKind.${org.kind}`)}</Badge>
          <Badge tone={org.verificationState === "VERIFIED" ? "success" : "warning"}>
            {t(`verification.${org.verificationState}`)}
          </Badge>
          {org.blockedAt && <Badge tone="danger">{t("staff.blocked")}</Badge>}
          {org.isDemo && <Badge>{t("demo.badge")}</Badge>}
        </p>
      </header>
      {org.blockedAt && (
        <Panel tone="danger" className="text-sm" data-testid="blocked-notice">
          {t("staff.blockedOnBecause", { date: date(org.blockedAt) ?? "", reason: org.blockReason ?? "" })}
        </Panel>
      )}
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-5">
          <Panel as="section" aria-labelledby="details-heading">
            <h2 id="details-heading" className="mb-2 font-semibold">
              {t("staff.employerDetails")}
            </h2>
            <FactList
              facts={[
                [t("vacancy.country"), t(`country.${org.countryCode}`)],
                [t(`staff.registryNumber.${org.countryCode}`), org.registryNumber],
                [t("staff.agencyLicense"), org.agencyLicense],
                [t("staff.contactPhone"), org.contactPhone],
                [t("staff.contactEmail"), org.contactEmail],
                [t("staff.website"), org.website],
                [t("vacancy.address"), org.address],
                [t("staff.registeredOn"), date(org.createdAt)],
                [
                  t("staff.verifiedOn"),
                  org.verifiedAt ? `${date(org.verifiedAt)} · ${org.verificationNote ?? ""}` : null,
                ],
                [t("staff.members"), String(employer.members)],
              ]}
            />
            <p className="mt-3 text-sm text-slate-700" data-testid="employer-record">
              {t("staff.employerRecord", { ...record })}
            </p>
          </Panel>
          <EmployerVacancies vacancies={employer.vacancies} />
          <EmployerActivity decisions={employer.decisions} reports={employer.reports} history={employer.history} />
        </div>
        <Panel as="aside" tone="strong" aria-label={t("staff.employerActions")} className="h-fit">
          <OrganizationActions
            organizationId={org.id}
            verified={org.verificationState === "VERIFIED"}
            blocked={Boolean(org.blockedAt)}
            publishedCount={record.published}
          />
        </Panel>
      </div>
    </div>
  );
}
