// The red-flag rules as shipped in prisma/data/risk-rules.json, in the scorer's shape, and the score thresholds of
// the levels. Benches, tests and the model's measures score with these; a running portal scores with the RiskRule
// table (seeded from the same file, tuned by administrators) and these thresholds.
import ruleFile from "@/prisma/data/risk-rules.json";
import type { RiskRuleData, Thresholds } from "./score-vacancy";

export const riskThresholds: Thresholds = { high: ruleFile.highThreshold, medium: ruleFile.mediumThreshold };

/** The file leaves `structural` out of text rules. */
export const shippedRules: RiskRuleData[] = (ruleFile.rules as (RiskRuleData & { structural?: boolean })[]).map(
  (rule) => ({ ...rule, structural: Boolean(rule.structural) }),
);
