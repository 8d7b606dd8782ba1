import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { db } from "@/lib/server/db";
import { ruleTrialSchema } from "../schemas";
import { shippedConcepts } from "./concept-lexicon";
import { conceptTrialMatches } from "./concept-matches";
import { activeRiskModel } from "./model/active-risk-model";
import { combineRisk } from "./model/combine-risk";
import { predictRisk } from "./model/predict";
import { scoreVacancy, switchedOffConceptRules, textRuleMatches, type RiskLevel } from "./score-vacancy";
import { riskThresholds } from "./shipped-rules";

/** One place a rule matched the sample text (offsets into the text as sent). */
export type RuleTrialMatch = { ruleId: string; start: number; end: number; excerpt: string };
export type RuleTrial = {
  /** The sample as the engine read it (trimmed), so offsets point into it. */
  text: string;
  /**
   * The rules that matched, each with its places (at most `placesPerRule`): the table's pattern rules in the rules
   * page's order, then the concept rules of the shipped lexicon (word forms in ru/ky/kk, negation understood).
   */
  rules: {
    ruleId: string;
    kind: "pattern" | "concept";
    category: string;
    enabled: boolean;
    edited: boolean;
    matches: RuleTrialMatch[];
  }[];
  /** The score a vacancy with this text alone would get (no contacts, pay or employer), and the model's share. */
  assessment: {
    score: number;
    level: RiskLevel;
    model: { version: number; probability: number; points: number } | null;
  };
};

const placesPerRule = 20;

/**
 * "Try on a text": which text rules match a sample and where, through the scorer's own matching (RE2).
 * A rule being edited is tried with the pattern typed on the page, before anything is saved. Reads only.
 */
export async function tryRiskRules(actor: Actor | null, input: unknown): Promise<RuleTrial> {
  requireAdministrator(actor);
  const { text, ruleId, pattern, unless } = parseInput(ruleTrialSchema, input);
  const rules = await db.riskRule.findMany({ orderBy: [{ category: "asc" }, { id: "asc" }] });
  if (ruleId && !rules.some((rule) => rule.id === ruleId && !rule.structural))
    throw invalidFields({ ruleId: ["validation.invalid"] });
  const tried = rules.map((rule) =>
    // The edited rule is tried exactly as the form would save it: an empty "unless" clears it.
    rule.id === ruleId
      ? { ...rule, pattern: pattern ?? rule.pattern, unless: unless ?? null, edited: true }
      : { ...rule, edited: false },
  );
  const patternRules = tried.flatMap((rule) => {
    if (rule.structural) return [];
    const matches: RuleTrialMatch[] = [];
    for (const { start, end } of textRuleMatches(rule, text)) {
      matches.push({ ruleId: rule.id, start, end, excerpt: text.slice(start, end) });
      if (matches.length === placesPerRule) break;
    }
    if (matches.length === 0 && !rule.edited) return [];
    return [
      {
        ruleId: rule.id,
        kind: "pattern" as const,
        category: rule.category,
        enabled: rule.enabled,
        edited: rule.edited,
        matches,
      },
    ];
  });
  const switchedOff = switchedOffConceptRules(tried);
  const conceptRules = conceptTrialMatches(shippedConcepts, text, placesPerRule).map((found) => ({
    ruleId: found.ruleId,
    kind: "concept" as const,
    category: found.category,
    enabled: !switchedOff.has(found.ruleId) && !switchedOff.has(`category:${found.category}`),
    edited: false,
    matches: found.places.map(({ start, end }) => ({
      ruleId: found.ruleId,
      start,
      end,
      excerpt: text.slice(start, end),
    })),
  }));
  return { text, rules: [...patternRules, ...conceptRules], assessment: await assessText(text, tried) };
}

/** The text scored as a vacancy's description alone, by the rules tried and the model version in force. */
async function assessText(text: string, rules: Parameters<typeof scoreVacancy>[1]): Promise<RuleTrial["assessment"]> {
  const byRules = scoreVacancy(
    { title: "", description: text, contacts: {}, experience: null, organization: null },
    rules,
    riskThresholds,
  );
  const model = await activeRiskModel(db);
  if (!model) return { score: byRules.score, level: byRules.level, model: null };
  const prediction = predictRisk(model, text);
  const combined = combineRisk(
    byRules,
    { ...prediction, version: model.version, titleLength: 0, scale: model.scale },
    riskThresholds,
  );
  const points = combined.reasons.find((reason) => reason.ruleId === "MODEL")?.weight ?? 0;
  return {
    score: combined.score,
    level: combined.level,
    model: { version: model.version, probability: Math.round(prediction.probability * 100) / 100, points },
  };
}
