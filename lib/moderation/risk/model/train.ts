// Deterministic training of the risk model: L2-regularised logistic regression over binary features,
// full-batch gradient descent for a fixed number of epochs with class-balanced example weights. The same
// examples in any order give the same weights (features are sorted, sums run in a fixed order).
import { featureSet } from "./features";

export type Example = { text: string; risky: boolean; weight?: number };
export type TrainingOptions = {
  epochs: number;
  learningRate: number;
  l2: number;
  minDocuments: number;
  maxFeatures: number;
};
export type RiskModel = { bias: number; weights: Record<string, number>; options: TrainingOptions };

export const defaultTrainingOptions: TrainingOptions = {
  epochs: 300,
  learningRate: 0.5,
  l2: 0.002,
  minDocuments: 2,
  maxFeatures: 6000,
};

const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** The vocabulary: features seen in at least `minDocuments` examples, the most frequent first, capped. */
function vocabulary(sets: Set<string>[], options: TrainingOptions): string[] {
  const counts = new Map<string, number>();
  for (const set of sets) for (const feature of set) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= options.minDocuments)
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, options.maxFeatures)
    .map(([feature]) => feature);
}

export function trainRiskModel(examples: Example[], options: TrainingOptions = defaultTrainingOptions): RiskModel {
  const sets = examples.map((example) => featureSet(example.text));
  const features = vocabulary(sets, options).sort();
  const index = new Map(features.map((feature, i) => [feature, i]));
  const rows = sets.map((set) => [...set].flatMap((f) => (index.has(f) ? [index.get(f)!] : [])).sort((a, b) => a - b));
  // Class balance: each class weighs as much in total, whatever its size
  const total = (risky: boolean) => examples.reduce((sum, e) => sum + (e.risky === risky ? (e.weight ?? 1) : 0), 0);
  const [riskyTotal, honestTotal] = [total(true), total(false)];
  const weightOf = examples.map((e) => ((e.weight ?? 1) * examples.length) / 2 / (e.risky ? riskyTotal : honestTotal));
  const sumWeights = weightOf.reduce((a, b) => a + b, 0) || 1;
  const w = new Float64Array(features.length);
  let bias = 0;
  const gradient = new Float64Array(features.length);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    gradient.fill(0);
    let biasGradient = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (const j of row) z += w[j]!;
      const error = (sigmoid(z) - (examples[i]!.risky ? 1 : 0)) * weightOf[i]!;
      biasGradient += error;
      for (const j of row) gradient[j]! += error;
    });
    for (let j = 0; j < w.length; j++) w[j]! -= options.learningRate * (gradient[j]! / sumWeights + options.l2 * w[j]!);
    bias -= options.learningRate * (biasGradient / sumWeights);
  }
  const weights: Record<string, number> = {};
  features.forEach((feature, j) => {
    // Rounded: stored weights are data a person can read, and tiny ones change nothing
    const value = Math.round(w[j]! * 10_000) / 10_000;
    if (value !== 0) weights[feature] = value;
  });
  return { bias: Math.round(bias * 10_000) / 10_000, weights, options };
}
