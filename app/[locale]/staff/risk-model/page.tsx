import { getTranslations, setRequestLocale } from "next-intl/server";
import { RiskModelTrainForm } from "@/components/staff/risk-model-forms";
import { RiskModelVersionCard } from "@/components/staff/risk-model-version-card";
import { Panel } from "@/components/ui/panel";
import { requireStaffPagePermission } from "@/lib/access/pages";
import { listRiskModelVersions } from "@/lib/moderation/risk/model/list-risk-model-versions";
import { staffPageTitle } from "@/lib/pages/staff-page-title";

export const dynamic = "force-dynamic";

export const generateMetadata = staffPageTitle("riskModelTitle");

// GET /[locale]/staff/risk-model – administrators train new versions of the learned risk model, read each
// version's held-out precision and recall, and switch the one in force (audited)
export default async function RiskModelPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPagePermission(locale, "manage:risk-model:any");
  const [t, tm] = await Promise.all([getTranslations("staff"), getTranslations("staffRiskModel")]);
  const versions = await listRiskModelVersions(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("riskModelTitle")}</h1>
      <p className="text-sm text-slate-700">{tm("lead")}</p>
      <RiskModelTrainForm />
      {!versions.some((v) => v.active) && (
        <Panel tone="info" className="text-sm">
          {tm(versions.length === 0 ? "noVersions" : "noneActive")}
        </Panel>
      )}
      {versions.map((version) => (
        <RiskModelVersionCard key={version.id} version={version} />
      ))}
    </div>
  );
}
