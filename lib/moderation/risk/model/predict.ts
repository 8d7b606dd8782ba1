// The model's answer for one text: the probability that it is risky and the features that pushed it up,
// each with the words and places in the text, so the moderator sees why (no black box).
import { featureHits } from "./features";
import type { RiskModel } from "./train";

export type Contribution = {
  feature: string;
  weight: number;
  /** The distinct words of the text behind the feature */
  words: string[];
  /** Where (the first three places), in the text given */
  positions: { start: number; end: number; text: string }[];
};
export type ModelPrediction = { probability: number; contributions: Contribution[] };

/** How many of the strongest upward features the answer names. */
const topCount = 5;

export function predictRisk(model: Pick<RiskModel, "bias" | "weights">, text: string): ModelPrediction {
  const found = new Map<string, Contribution>();
  for (const hit of featureHits(text)) {
    const weight = model.weights[hit.feature];
    if (weight === undefined) continue;
    let contribution = found.get(hit.feature);
    if (!contribution) {
      contribution = { feature: hit.feature, weight, words: [], positions: [] };
      found.set(hit.feature, contribution);
    }
    if (contribution.positions.length < 3) {
      const word = text.slice(hit.start, hit.end);
      contribution.positions.push({ start: hit.start, end: hit.end, text: word });
      if (!contribution.words.includes(word)) contribution.words.push(word);
    }
  }
  let z = model.bias;
  for (const contribution of found.values()) z += contribution.weight;
  const probability = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
  const contributions = [...found.values()]
    .filter((c) => c.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
    .slice(0, topCount);
  return { probability, contributions };
}
