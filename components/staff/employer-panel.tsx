import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import type { openReview } from "@/lib/moderation/open-review";
import { OrganizationActions } from "./organization-actions";

type Review = Awaited<ReturnType<typeof openReview>>;

/** Who the employer is, how it was checked, its record on the portal, and the verify/block actions. */
export async function EmployerPanel({
  organization: org,
  history: employerHistory,
}: {
  organization: Review["vacancy"]["organization"];
  history: Review["employerHistory"];
}) {
  const t = await getTranslations();
  return (
    <Panel as="section" aria-labelledby="employer-heading">
      <h2 id="employer-heading" className="mb-2 font-semibold">
        {t("staff.employer")}
      </h2>
      <p className="flex flex-wrap items-center gap-2">
        {org.legalName} <Badge>{t(`organizationKind.${org.kind}`)}</Badge>{" "}
        <Badge tone={org.verificationState === "VERIFIED" ? "success" : "warning"}>
          {t(`verification.${org.verificationState}`)}
        </Badge>
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {org.countryCode} · {org.registryNumber}{" "}
        {org.agencyLicense && `· ${t("vacancy.agencyLicense", { license: org.agencyLicense })}`}
      </p>
      <p className="mt-1 text-sm text-slate-700" data-testid="employer-history">
        {t("staff.history", {
          published: employerHistory.byStatus.PUBLISHED ?? 0,
          rejected: (employerHistory.byStatus.REJECTED ?? 0) + employerHistory.rejectedRevisions,
          closed: employerHistory.byStatus.CLOSED ?? 0,
          reports: employerHistory.reports,
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
      <OrganizationActions
        organizationId={org.id}
        verified={org.verificationState === "VERIFIED"}
        blocked={Boolean(org.blockedAt)}
      />
    </Panel>
  );
}
