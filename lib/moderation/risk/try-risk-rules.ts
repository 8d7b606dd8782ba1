import "server-only";
import type { Actor } from "@/lib/access/actor";
import { requireAdministrator } from "@/lib/access/require";
import { invalidFields, parseInput } from "@/lib/forms/parse-input";
import { db } from "@/lib/server/db";
import { ruleTrialSchema } from "../schemas";
import { textRuleMatches } from "./score-vacancy";

/** One place a rule matched the sample text (offsets into the text as sent). */
export type RuleTrialMatch = { ruleId: string; start: number; end: number; excerpt: string };
export type RuleTrial = {
  /** The sample as the engine read it (trimmed), so offsets point into it. */
  text: string;
  /** The rules that matched, each with its places (at most `placesPerRule`), in the rules page's order. */
  rules: { ruleId: string; category: string; enabled: boolean; edited: boolean; matches: RuleTrialMatch[] }[];
};

const placesPerRule = 20;

/**
 * "Try on a text": which text rules match a sample and where, through the scorer's own matching (RE2).
 * A rule being edited is tried with the pattern typed on the page, before anything is saved. Reads only.
 */
export async function tryRiskRules(actor: Actor | null, input: unknown): Promise<RuleTrial> {
  requireAdministrator(actor);
  const { text, ruleId, pattern, unless } = parseInput(ruleTrialSchema, input);
  const rules = await db.riskRule.findMany({
    where: { structural: false },
    orderBy: [{ category: "asc" }, { id: "asc" }],
  });
  if (ruleId && !rules.some((rule) => rule.id === ruleId)) throw invalidFields({ ruleId: ["validation.invalid"] });
  const tried = rules.map((rule) =>
    // The edited rule is tried exactly as the form would save it: an empty "unless" clears it.
    rule.id === ruleId
      ? { ...rule, pattern: pattern ?? rule.pattern, unless: unless ?? null, edited: true }
      : { ...rule, edited: false },
  );
  return {
    text,
    rules: tried.flatMap((rule) => {
      const matches: RuleTrialMatch[] = [];
      for (const { start, end } of textRuleMatches(rule, text)) {
        matches.push({ ruleId: rule.id, start, end, excerpt: text.slice(start, end) });
        if (matches.length === placesPerRule) break;
      }
      if (matches.length === 0 && !rule.edited) return [];
      return [{ ruleId: rule.id, category: rule.category, enabled: rule.enabled, edited: rule.edited, matches }];
    }),
  };
}
