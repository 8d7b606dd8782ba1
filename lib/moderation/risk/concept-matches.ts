// The concept rules' reasons for one vacancy: the first uncancelled place of each rule, in the title or the
// description, plus the working-day length read from time ranges ("с 6:00 до 22:00").
import type { CompiledConcepts } from "./concept-lexicon";
import { conceptPlaces, conceptRuleMatches, occursFreely, tokenize } from "./concept-rules";
import { longShift } from "./long-shift";
import { reasonAt, type RiskInput, type RiskReason } from "./score-vacancy";

const longShiftRule = { ruleId: "concept-long-shift", category: "ILO_OVERTIME", weight: 50 };

export type ConceptTrialMatch = { ruleId: string; category: string; places: { start: number; end: number }[] };

/**
 * Every place each concept rule matches in a sample text (at most `limit` per rule), for the rules page's "try on
 * a text"; switched-off rules are tried too (the page says they are off).
 */
export function conceptTrialMatches(compiled: CompiledConcepts, text: string, limit: number): ConceptTrialMatch[] {
  const tokens = tokenize(text, compiled.maxCharacters);
  const places = conceptPlaces(compiled, tokens);
  const found: ConceptTrialMatch[] = [];
  for (const rule of compiled.rules) {
    const spans: { start: number; end: number }[] = [];
    for (const place of conceptRuleMatches(rule, places, tokens)) {
      const [start, end] = [tokens[place.first]!.start, tokens[place.last]!.end];
      // Two anchor words can join the same words: the span is shown once
      if (spans.some((span) => span.start === start && span.end === end)) continue;
      spans.push({ start, end });
      if (spans.length === limit) break;
    }
    if (spans.length > 0) found.push({ ruleId: rule.id, category: rule.category, places: spans });
  }
  const shift = longShift(text.slice(0, compiled.maxCharacters));
  if (shift) found.push({ ruleId: longShiftRule.ruleId, category: longShiftRule.category, places: [shift] });
  return found;
}

/**
 * The concept rules' reasons, and whether the text invites calls ("звоните", "чалыңыз", not negated): then a
 * messenger given as the only contact field is no sign of messenger-only contact (the messenger number takes calls).
 */
export function conceptMatches(
  compiled: CompiledConcepts,
  input: RiskInput,
  switchedOff: Set<string>,
): { reasons: RiskReason[]; invitesCalls: boolean } {
  const reasons: RiskReason[] = [];
  const found = new Set<string>();
  let invitesCalls = false;
  for (const field of ["title", "description"] as const) {
    const text = input[field];
    if (!text) continue;
    const tokens = tokenize(text, compiled.maxCharacters);
    const places = conceptPlaces(compiled, tokens);
    invitesCalls ||= occursFreely(places, tokens, "CALL_OK", [{ concept: "NEGATION", window: 2 }]);
    for (const rule of compiled.rules) {
      if (found.has(rule.id) || switchedOff.has(rule.id) || switchedOff.has(`category:${rule.category}`)) continue;
      const first = conceptRuleMatches(rule, places, tokens).next();
      if (first.done) continue;
      found.add(rule.id);
      reasons.push(
        reasonAt(rule, field, text, { start: tokens[first.value.first]!.start, end: tokens[first.value.last]!.end }),
      );
    }
    const shiftOff = switchedOff.has(longShiftRule.ruleId) || switchedOff.has(`category:${longShiftRule.category}`);
    if (!found.has(longShiftRule.ruleId) && !shiftOff) {
      const shift = longShift(text.slice(0, compiled.maxCharacters));
      if (shift) {
        found.add(longShiftRule.ruleId);
        reasons.push({ ...longShiftRule, field, ...shift, excerpt: text.slice(shift.start, shift.end) });
      }
    }
  }
  return { reasons, invitesCalls };
}
