// The score a moderator sees: the rules' score plus the learned model's points. The model adds
// round(scale × probability) points above a floor (a text the model finds harmless adds nothing), so either
// strong red-flag rules or a confident model alone reach "high", and a medium rules score with a doubtful
// model does too. The scale is calibrated when a version is trained (build-version.ts: on out-of-fold
// answers of the training texts, never the held-out ones) and stored with it. The thresholds of the levels
// are the rules' own, unchanged. The model's reason names the words that pushed it up, with their places,
// so the review page can mark them.
import type { RiskReason, RiskResult, Thresholds } from "../score-vacancy";
import type { ModelPrediction } from "./predict";

/**
 * The most points the model may add (at probability 1), and what a version without a stored scale adds: the model
 * alone then reaches "high" (50) only when at least 91 % sure (build-version.ts, decision 0027). Below `modelFloor`
 * it adds none.
 */
export const maxModelScale = 55;
export const modelFloor = 0.2;

export type ModelReason = RiskReason & {
  ruleId: "MODEL";
  category: "MODEL";
  version: number;
  probability: number;
  words: { text: string; field: "title" | "description"; start: number; end: number }[];
};

export type ModelResult = ModelPrediction & { version: number; titleLength: number; scale?: number };

export function modelPoints(probability: number, scale = maxModelScale): number {
  return probability < modelFloor ? 0 : Math.round(scale * probability);
}

export function combineRisk(rules: RiskResult, model: ModelResult | null, thresholds: Thresholds): RiskResult {
  if (!model) return rules;
  const points = modelPoints(model.probability, model.scale);
  if (points === 0) return rules;
  const score = Math.min(100, rules.score + points);
  const level = score >= thresholds.high ? "HIGH" : score >= thresholds.medium ? "MEDIUM" : "LOW";
  // The model read "title\ndescription": places after the title belong to the description
  const words = model.contributions.flatMap((c) =>
    c.positions.map(({ start, end, text }) =>
      start < model.titleLength
        ? { text, field: "title" as const, start, end }
        : {
            text,
            field: "description" as const,
            start: start - model.titleLength - 1,
            end: end - model.titleLength - 1,
          },
    ),
  );
  const reason: ModelReason = {
    ruleId: "MODEL",
    category: "MODEL",
    weight: points,
    version: model.version,
    probability: Math.round(model.probability * 1000) / 1000,
    words,
  };
  return { score, level, reasons: [...rules.reasons, reason] };
}
