// The explainable red-flag score of a vacancy (pure: rules and market figures come in as data).
// Text rules find wording of fees, kept passports, urgency and the ILO indicators of forced labour in
// Russian, Kyrgyz and Kazakh; structural rules look at pay, contacts and the employer. Each category
// counts once (its heaviest matching rule); the score is capped at 100. Patterns run on RE2 (linear time:
// linear-pattern.ts), so no rule an administrator writes can make scoring hang. Concept rules (shipped data,
// concept-rules.ts) find the same indicators worded differently, by stems and nearby words.
import { conceptMatches } from "./concept-matches";
import { type CompiledConcepts, shippedConcepts } from "./concept-lexicon";
import { linearPattern } from "./linear-pattern";
import { statedExperienceYears } from "./stated-experience";

export type RiskRuleData = {
  id: string;
  category: string;
  weight: number;
  pattern?: string | null;
  unless?: string | null;
  structural?: boolean;
  enabled?: boolean;
};

export type RiskInput = {
  title: string;
  description: string;
  contacts: { phone?: string | null; email?: string | null; telegram?: string | null; whatsapp?: string | null };
  salary?: { min?: number | null; max?: number | null; period?: string | null } | null;
  experience?: string | null;
  /** ISCO-08 code of the occupation, if chosen */
  occupationCode?: string | null;
  organization?: { kind: string; agencyLicense?: string | null; verified: boolean } | null;
  /** Median monthly pay of the same occupation in the same country and currency, if known */
  marketMedianMonthly?: number | null;
};

export type RiskReason = {
  ruleId: string;
  category: string;
  weight: number;
  field?: "title" | "description";
  start?: number;
  end?: number;
  excerpt?: string;
};
export type RiskLevel = "LOW" | "MEDIUM" | "HIGH";
export type RiskResult = { score: number; level: RiskLevel; reasons: RiskReason[] };
export type Thresholds = { high: number; medium: number };

/**
 * Scoring reads at most this much of a title or description: the vacancy form refuses descriptions over 10 000
 * characters, so a real vacancy is read whole, and text sent some other way cannot make scoring slow.
 */
export const maxScoredCharacters = 12_000;

const normalize = (text: string) => text.toLowerCase().replaceAll("ё", "е");

/**
 * Every place a text rule matches, in order (matches its `unless` wording cancels left out). The scorer takes
 * the first; the rules page's "try on a text" shows them all.
 */
export function* textRuleMatches(
  rule: Pick<RiskRuleData, "pattern" | "unless">,
  original: string,
): Generator<{ start: number; end: number }> {
  const pattern = linearPattern(rule.pattern);
  if (!pattern) return;
  const text = normalize(original);
  const unless = linearPattern(rule.unless);
  let from = 0;
  while (from <= text.length) {
    const match = pattern.firstMatch(text, from);
    if (!match) return;
    const { start, end } = match;
    from = end > start ? end : end + 1; // an empty match moves on by one
    const context = text.slice(Math.max(0, start - 60), end + 60);
    if (unless?.firstMatch(context)) continue;
    yield { start, end };
  }
}

/** A rule's reason at one place of a title or description, with the words found there. */
export function reasonAt(
  rule: Pick<RiskRuleData, "id" | "category" | "weight">,
  field: "title" | "description",
  text: string,
  { start, end }: { start: number; end: number },
): RiskReason {
  return {
    ruleId: rule.id,
    category: rule.category,
    weight: rule.weight,
    field,
    start,
    end,
    excerpt: text.slice(start, end),
  };
}

function textMatch(rule: RiskRuleData, field: "title" | "description", original: string): RiskReason | null {
  const first = textRuleMatches(rule, original).next();
  return first.done ? null : reasonAt(rule, field, original, first.value);
}

function structuralMatch(rule: RiskRuleData, input: RiskInput): RiskReason | null {
  const hit = (): RiskReason => ({ ruleId: rule.id, category: rule.category, weight: rule.weight });
  switch (rule.category) {
    case "PAY_TOO_HIGH": {
      const top = input.salary?.max ?? input.salary?.min;
      const farAbove =
        input.salary?.period === "MONTH" && top && input.marketMedianMonthly && top > 2.5 * input.marketMedianMonthly;
      const experienceField = !input.experience || input.experience === "NONE" || input.experience === "UP_TO_ONE";
      // The lure is high pay for work anyone can do: managers, professionals and technicians (ISCO-08 major groups
      // 1–3) earn many times the country's median honestly, and the fallback may compare them with it.
      const skilled = /^[123]/.test(input.occupationCode ?? "");
      // The text is read for stated experience last, and only for pay that is far above the market
      return farAbove &&
        experienceField &&
        !skilled &&
        statedExperienceYears(`${input.title}\n${input.description}`) < 2
        ? hit()
        : null;
    }
    case "MESSENGER_ONLY": {
      const { phone, email, telegram, whatsapp } = input.contacts;
      return (telegram || whatsapp) && !phone && !email ? hit() : null;
    }
    case "AGENCY_NO_LICENCE":
      return input.organization?.kind === "RECRUITMENT_AGENCY" && !input.organization.agencyLicense?.trim()
        ? hit()
        : null;
    case "UNVERIFIED_EMPLOYER":
      return input.organization && !input.organization.verified ? hit() : null;
    default:
      return null;
  }
}

/**
 * What switches concept rules off: a RiskRule row with a concept rule's id switched off, or every table rule of an
 * indicator switched off ("category:<indicator>"; the rules page shows the table's rules, and "off" there means off).
 */
export function switchedOffConceptRules(rules: Pick<RiskRuleData, "id" | "category" | "enabled">[]): Set<string> {
  const switchedOff = new Set(rules.filter((rule) => rule.enabled === false).map((rule) => rule.id));
  const categoriesOn = new Set(rules.filter((rule) => rule.enabled !== false).map((rule) => rule.category));
  for (const rule of rules) if (!categoriesOn.has(rule.category)) switchedOff.add(`category:${rule.category}`);
  return switchedOff;
}

export function scoreVacancy(
  input: RiskInput,
  rules: RiskRuleData[],
  thresholds: Thresholds,
  concepts: CompiledConcepts | null = shippedConcepts,
): RiskResult {
  input = {
    ...input,
    title: input.title.slice(0, maxScoredCharacters),
    description: input.description.slice(0, maxScoredCharacters),
  };
  const byCategory = new Map<string, RiskReason>();
  const add = (reason: RiskReason) => {
    const previous = byCategory.get(reason.category);
    if (!previous || previous.weight < reason.weight) byCategory.set(reason.category, reason);
  };
  const switchedOff = switchedOffConceptRules(rules);
  const concept = concepts ? conceptMatches(concepts, input, switchedOff) : { reasons: [], invitesCalls: false };
  for (const rule of rules) {
    if (rule.enabled === false) continue;
    // "Пишите в WhatsApp или звоните": the messenger's number takes calls, so it is no messenger-only contact.
    if (rule.structural && rule.category === "MESSENGER_ONLY" && concept.invitesCalls) continue;
    const reason = rule.structural
      ? structuralMatch(rule, input)
      : (textMatch(rule, "title", input.title) ?? textMatch(rule, "description", input.description));
    if (reason) add(reason);
  }
  for (const reason of concept.reasons) add(reason);
  const reasons = [...byCategory.values()].sort((a, b) => b.weight - a.weight);
  const score = Math.min(
    100,
    reasons.reduce((sum, r) => sum + r.weight, 0),
  );
  const level: RiskLevel = score >= thresholds.high ? "HIGH" : score >= thresholds.medium ? "MEDIUM" : "LOW";
  return { score, level, reasons };
}
