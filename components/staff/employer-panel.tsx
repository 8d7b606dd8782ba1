import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { Link } from "@/lib/i18n/navigation";
import type { EmployerRecord } from "@/lib/moderation/load-employer-record";
import type { openReview } from "@/lib/moderation/open-review";

type Organization = Awaited<ReturnType<typeof openReview>>["vacancy"]["organization"];

/** Who the employer is, how it was checked and its record on the portal, with a link to its page. */
export async function EmployerPanel({
  organization: org,
  record,
}: {
  organization: Organization;
  record: EmployerRecord;
}) {
  const t = await getTranslations();
  return (
    <Panel as="section" aria-labelledby="employer-heading">
      <h2 id="employer-heading" className="mb-2 font-semibold">
        {t("staff.employer")}
      </h2>
      <p className="flex flex-wrap items-center gap-2">
        <Link href={`/staff/employers/${org.id}`} className="font-medium text-brand-700 underline">
          {org.legalName}
        </Link>
        <Badge>{t(`organizationKind.${org.kind}`)}</Badge>
        <Badge tone={org.verificationState === "VERIFIED" ? "success" : "warning"}>
          {t(`verification.${org.verificationState}`)}
        </Badge>
        {org.blockedAt && <Badge tone="danger">{t("staff.blocked")}</Badge>}
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {t(`country.${org.countryCode}`)} · {t(`staff.registryNumber.${org.countryCode}`)} {org.registryNumber}
      </p>
      {org.agencyLicense && (
        <p className="mt-1 text-sm text-slate-700">{t("vacancy.agencyLicense", { license: org.agencyLicense })}</p>
      )}
      <p className="mt-1 text-sm text-slate-700" data-testid="employer-history">
        {t("staff.history", {
          published: record.published,
          rejected: record.rejected,
          closed: record.closed,
          reports: record.reports,
        })}
      </p>
      {org.verificationState === "VERIFIED" && org.verificationNote && (
        <p className="mt-1 text-sm text-slate-700">{t("staff.verifiedHow", { note: org.verificationNote })}</p>
      )}
      {org.blockedAt && (
        <p className="mt-1 text-sm font-medium text-red-800">
          {t("staff.blockedBecause", { reason: org.blockReason ?? "" })}
        </p>
      )}
      <p className="mt-2 text-sm">
        <Link href={`/staff/employers/${org.id}`} className="text-brand-700 underline">
          {t("staff.employerPageLink")}
        </Link>
      </p>
    </Panel>
  );
}
