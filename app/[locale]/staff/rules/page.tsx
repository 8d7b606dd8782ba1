import { getTranslations, setRequestLocale } from "next-intl/server";
import { RiskRuleForm } from "@/components/staff/risk-rule-form";
import { riskRuleViews } from "@/lib/moderation/risk/risk-rule-views";
import { RuleTrialForm } from "@/components/staff/rule-trial-form";
import { listRiskRules } from "@/lib/moderation/risk/list-risk-rules";
import { riskRuleStatistics } from "@/lib/moderation/risk/risk-rule-statistics";
import { requireStaffPagePermission } from "@/lib/access/pages";
import { staffPageTitle } from "@/lib/pages/staff-page-title";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export const generateMetadata = staffPageTitle("rulesTitle");

// GET /[locale]/staff/rules – administrators read what each red-flag rule looks for and how it did, tune its
// weight, switch and pattern, and try the rules (or an edited pattern) on a sample text
export default async function RulesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPagePermission(locale, "manage:risk-rule:any");
  const [t, tr] = await Promise.all([getTranslations("staff"), getTranslations("staffRules")]);
  const [rules, statistics] = await Promise.all([listRiskRules(actor), riskRuleStatistics(actor)]);
  const groups = await riskRuleViews(rules, statistics);
  const views = groups.flatMap((group) => group.rules);
  const descriptions = Object.fromEntries(views.map((rule) => [rule.id, rule.description]));
  const categories = Object.fromEntries(groups.map((group) => [group.category, group.name]));
  const textRules = views
    .filter((rule) => !rule.structural)
    .map((rule) => [rule.id, rule.description] as [string, string]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("rulesTitle")}</h1>
      <p className="text-sm text-slate-700">{tr("lead")}</p>
      <p className="text-sm">
        <Link href="/staff/risk-model" className="text-brand-700 underline">
          {tr("modelLink")}
        </Link>
      </p>
      <RuleTrialForm textRules={textRules} descriptions={descriptions} categories={categories} />
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`group-${group.category}`} className="space-y-2">
          <h2 id={`group-${group.category}`} className="text-lg font-semibold">
            {group.name}{" "}
            <span className="text-sm font-normal text-slate-600">
              ({tr("rulesInGroup", { count: group.rules.length })})
            </span>
          </h2>
          {group.rules.map((rule) => (
            <RiskRuleForm key={rule.id} rule={rule} />
          ))}
        </section>
      ))}
    </div>
  );
}
