import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { controlClass, secondaryButtonClass } from "@/components/ui/field";
import { updateRiskRuleAction } from "@/lib/moderation/actions";
import { listRiskRules } from "@/lib/moderation/risk/list-risk-rules";
import { requireStaffPagePermission } from "@/lib/access/pages";
import { staffPageTitle } from "@/lib/pages/staff-page-title";

export const dynamic = "force-dynamic";

export const generateMetadata = staffPageTitle("rulesTitle");

// GET /[locale]/staff/rules – administrators tune the red-flag rules (weights, switches, patterns)
export default async function RulesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaffPagePermission(locale, "manage:risk-rule:any");
  const t = await getTranslations("staff");
  const rules = await listRiskRules(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("rulesTitle")}</h1>
      <p className="text-sm text-slate-700">{t("rulesLead")}</p>
      {rules.map((rule) => (
        <ActionForm key={rule.id} action={updateRiskRuleAction} panel="sm" className="space-y-2" label={rule.id}>
          <input type="hidden" name="id" value={rule.id} />
          <div className="flex flex-wrap items-center gap-3">
            <span className="font-mono text-sm font-semibold">{rule.id}</span>
            <span className="text-sm">{t(`flag.${rule.category as "FEE"}`)}</span>
            <label className="flex items-center gap-1 text-sm">
              {t("ruleWeight")}
              <input
                type="number"
                name="weight"
                min={0}
                max={100}
                defaultValue={rule.weight}
                className={`${controlClass} w-20 py-1`}
              />
            </label>
            <label className="flex items-center gap-1 text-sm">
              <input type="checkbox" name="enabled" defaultChecked={rule.enabled} className="h-5 w-5" />{" "}
              {t("ruleEnabled")}
            </label>
          </div>
          {rule.structural ? (
            <p className="text-sm text-slate-600">{rule.description}</p>
          ) : (
            <>
              <label className="flex flex-col text-sm">
                {t("rulePattern")}
                <textarea
                  name="pattern"
                  rows={2}
                  defaultValue={rule.pattern ?? ""}
                  className={`${controlClass} font-mono text-xs`}
                />
              </label>
              <label className="flex flex-col text-sm">
                {t("ruleUnless")}
                <textarea
                  name="unless"
                  rows={1}
                  defaultValue={rule.unless ?? ""}
                  className={`${controlClass} font-mono text-xs`}
                />
              </label>
            </>
          )}
          <button type="submit" className={secondaryButtonClass}>
            {t("ruleSave")}
          </button>
        </ActionForm>
      ))}
    </div>
  );
}
