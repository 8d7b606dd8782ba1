import "server-only";
import { getTranslations } from "next-intl/server";
import type { RiskRule } from "@/lib/generated/prisma/client";
import type { RuleStatistics } from "./risk-rule-statistics";

export type RiskRuleView = {
  id: string;
  weight: number;
  enabled: boolean;
  structural: boolean;
  pattern: string | null;
  unless: string | null;
  /** What the rule looks for, in the page's language. */
  description: string;
  /** What it looks at ("the vacancy's data"), or the language of the text it reads when the description does not say. */
  reads: string | null;
  /** "Fired 12 times · rejected 5 (42 %)" or "Has not fired yet". */
  statistics: string;
};

/**
 * The rules as the rules page shows them, grouped by indicator. A rule's description
 * comes from the catalogs (staffRules.rule.<id>, four languages); a rule an administrator adds later without
 * catalog text falls back to its stored description, then to its indicator's name.
 */
export async function riskRuleViews(rules: RiskRule[], statistics: Map<string, RuleStatistics>) {
  const [t, ts] = await Promise.all([getTranslations("staffRules"), getTranslations("staff")]);
  const category = (code: string) => (ts.has(`flag.${code}` as never) ? ts(`flag.${code}` as never) : code);
  const groups = new Map<string, { category: string; name: string; rules: RiskRuleView[] }>();
  // Within an indicator: Russian, Kyrgyz, then Kazakh wording (the rules come ordered by id).
  const languageOrder = ["ru", "ky", "kk"];
  const rank = (rule: RiskRule) => {
    const at = languageOrder.indexOf(rule.language);
    return at === -1 ? languageOrder.length : at;
  };
  for (const rule of [...rules].sort((a, b) => rank(a) - rank(b))) {
    const key = `rule.${rule.id}`;
    const description = t.has(key as never) ? t(key as never) : (rule.description ?? category(rule.category));
    const stats = statistics.get(rule.id);
    const view: RiskRuleView = {
      id: rule.id,
      weight: rule.weight,
      enabled: rule.enabled,
      structural: rule.structural,
      pattern: rule.pattern,
      unless: rule.unless,
      description,
      reads: rule.structural
        ? t("structural")
        : t.has(key as never)
          ? null // the catalog's description names the language already
          : t("language", { language: rule.language }),
      statistics: stats
        ? t("firedRejected", { fired: stats.fired, rejected: stats.rejected, share: stats.rejected / stats.fired })
        : t("neverFired"),
    };
    const group = groups.get(rule.category) ?? { category: rule.category, name: category(rule.category), rules: [] };
    group.rules.push(view);
    groups.set(rule.category, group);
  }
  // Heaviest indicators first (fees, kept documents), as a moderator weighs them.
  const heaviest = (group: { rules: RiskRuleView[] }) => Math.max(...group.rules.map((rule) => rule.weight));
  return [...groups.values()].sort((a, b) => heaviest(b) - heaviest(a));
}
