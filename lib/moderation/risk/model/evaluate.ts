// Precision and recall of "high risk" answers, and k-fold cross-validation (stratified, seeded shuffle:
// the same examples always fall into the same folds).
import { predictRisk } from "./predict";
import { trainRiskModel, type Example, type TrainingOptions } from "./train";

export type Counts = { tp: number; fp: number; fn: number; tn: number };
export type PrecisionRecall = { precision: number; recall: number; n: number };

export function countAnswers(pairs: { predicted: boolean; actual: boolean }[]): Counts {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { predicted, actual } of pairs) {
    if (predicted && actual) counts.tp++;
    else if (predicted) counts.fp++;
    else if (actual) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function precisionRecall(counts: Counts): PrecisionRecall {
  const { tp, fp, fn, tn } = counts;
  return {
    precision: round(tp + fp === 0 ? 1 : tp / (tp + fp)),
    recall: round(tp + fn === 0 ? 1 : tp / (tp + fn)),
    n: tp + fp + fn + tn,
  };
}

/** Mulberry32: a small seeded generator, so folds do not depend on Math.random. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stratified folds: indexes of the examples, each class shuffled with the seed and dealt round-robin. */
export function stratifiedFolds(examples: Pick<Example, "risky">[], k: number, seed = 15): number[][] {
  const random = seeded(seed);
  const folds: number[][] = Array.from({ length: k }, () => []);
  for (const risky of [true, false]) {
    const indexes = examples.flatMap((e, i) => (e.risky === risky ? [i] : []));
    for (let i = indexes.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indexes[i], indexes[j]] = [indexes[j]!, indexes[i]!];
    }
    indexes.forEach((index, i) => folds[i % k]!.push(index));
  }
  return folds.map((fold) => fold.sort((a, b) => a - b));
}

export type FoldSummary = { k: number; precision: { mean: number; sd: number }; recall: { mean: number; sd: number } };
export type CrossValidation = FoldSummary & { outOfFold: number[] };

const meanSd = (values: number[]) => {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
  return { mean: round(mean), sd: round(sd) };
};

/**
 * Trains on k−1 folds and answers on the k-th, k times; "high" when the probability is at least `cut`. Also
 * gives every example's out-of-fold probability (for calibrating the combination with the rules).
 */
export function crossValidate(examples: Example[], k: number, options: TrainingOptions, cut = 0.5): CrossValidation {
  const folds = stratifiedFolds(examples, k);
  const outOfFold = new Array<number>(examples.length).fill(0);
  const results = folds.map((fold) => {
    const held = new Set(fold);
    const model = trainRiskModel(
      examples.filter((_, i) => !held.has(i)),
      options,
    );
    const pairs = fold.map((i) => {
      outOfFold[i] = predictRisk(model, examples[i]!.text).probability;
      return { predicted: outOfFold[i]! >= cut, actual: examples[i]!.risky };
    });
    return precisionRecall(countAnswers(pairs));
  });
  return {
    k,
    precision: meanSd(results.map((r) => r.precision)),
    recall: meanSd(results.map((r) => r.recall)),
    outOfFold,
  };
}
