"use server";

import { formAction } from "@/lib/forms/form-action";
import type { FormState } from "@/lib/forms/field-errors";
import { tryRiskRules, type RuleTrial } from "./try-risk-rules";

export type RuleTrialState = FormState & { trial?: RuleTrial };

// POST rules page – an administrator tries the rules (or a pattern being edited) on a sample text; saves nothing
export const tryRiskRulesAction = formAction(async ({ values, actor }) => {
  const trial = await tryRiskRules(await actor(), values);
  return { status: "success", trial } as RuleTrialState;
}) as (state: RuleTrialState, formData: FormData) => Promise<RuleTrialState>;
