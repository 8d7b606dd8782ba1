// The model's words as marks in the reviewed text, beside the rules' excerpts (pure, for the review page).
import type { RiskReason } from "../score-vacancy";
import type { ModelReason } from "./combine-risk";

export const isModelReason = (reason: RiskReason): reason is ModelReason => reason.category === "MODEL";

/** The reasons to mark in a field's text: the rules' excerpts and, split into words, the model's reason. */
type Mark = Pick<RiskReason, "category" | "field" | "start" | "end">;

export function markableReasons(reasons: RiskReason[]): Mark[] {
  return reasons.flatMap((reason): Mark[] =>
    isModelReason(reason)
      ? (reason.words ?? []).map((word) => ({ category: "MODEL", field: word.field, start: word.start, end: word.end }))
      : [reason],
  );
}

/** The distinct words the model names, strongest first. */
export const modelWords = (reason: ModelReason) => [...new Set((reason.words ?? []).map((word) => word.text))];
