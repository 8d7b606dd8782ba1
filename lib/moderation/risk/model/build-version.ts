// Trains a model version and measures it (pure): the labelled set's train split and moderators' decisions
// are the examples; k-fold cross-validation runs on them; the held-out split is only answered, never learned
// from, for precision and recall of the model alone and of the model combined with the rules in force.
import { scoreVacancy, type RiskRuleData, type Thresholds } from "../score-vacancy";
import { combineRisk, maxModelScale } from "./combine-risk";
import { countAnswers, crossValidate, precisionRecall, type FoldSummary, type PrecisionRecall } from "./evaluate";
import { modelText } from "./features";
import { labelledExample, labelledRiskInput, labelledSet, languages, type LabelledEntry } from "./labelled-set";
import { predictRisk } from "./predict";
import { defaultTrainingOptions, trainRiskModel, type Example, type RiskModel } from "./train";

export const featureScheme = "stems+stem-pairs+concepts/v2";
export const foldCount = 5;

export type ByLanguage = Record<"all" | (typeof languages)[number], PrecisionRecall>;
export type Combination = { scale: number; trainOutOfFold: PrecisionRecall };
export type RiskModelMetrics = {
  heldout: { model: ByLanguage; combined: ByLanguage };
  kfold: FoldSummary;
  combination: Combination;
};
export type TrainedOn = { labelled: number; decisions: number; risky: number; honest: number };
export type BuiltVersion = {
  model: RiskModel;
  trainedOn: TrainedOn;
  metrics: RiskModelMetrics;
  /** Each labelled train text's probability from the fold that did not learn it (for bench:risk). */
  trainOutOfFold: number[];
};

/**
 * Scales tried for the model's points, at most `maxModelScale` (55): the model alone then reaches "high" only when
 * it is at least 91 % sure. Its lower probabilities still add points: they order the queue and push a text over
 * the line together with a weaker rule. The training texts flatter the combination: the rules were written on
 * them, and a new text of a "risky" trade (a nanny, a shepherd) is unlike those the model learned from. On texts
 * written apart from the rules, larger scales let the model alone flag honest ones (docs/benchmarks.md).
 */
const scales = [35, 40, 45, 50, maxModelScale];

const f1 = ({ precision, recall }: PrecisionRecall) =>
  precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

/**
 * The model's scale in the combined score, chosen on the training texts' out-of-fold probabilities with the
 * rules in force: the best F1, the smaller scale on a tie.
 */
function calibrate(entries: LabelledEntry[], outOfFold: number[], rules: RiskRuleData[], thresholds: Thresholds) {
  const rulesResults = entries.map((e) => scoreVacancy(labelledRiskInput(e), rules, thresholds));
  const tried: Combination[] = scales.map((scale) => {
    const pairs = entries.map((e, i) => ({
      predicted:
        combineRisk(
          rulesResults[i]!,
          { probability: outOfFold[i]!, contributions: [], version: 0, titleLength: 0, scale },
          thresholds,
        ).level === "HIGH",
      actual: e.label === "high",
    }));
    return { scale, trainOutOfFold: precisionRecall(countAnswers(pairs)) };
  });
  return tried.reduce((a, b) => (f1(b.trainOutOfFold) > f1(a.trainOutOfFold) ? b : a));
}

function byLanguage(entries: LabelledEntry[], isHigh: (entry: LabelledEntry) => boolean): ByLanguage {
  const measure = (items: LabelledEntry[]) =>
    precisionRecall(countAnswers(items.map((e) => ({ predicted: isHigh(e), actual: e.label === "high" }))));
  return {
    all: measure(entries),
    ...(Object.fromEntries(languages.map((l) => [l, measure(entries.filter((e) => e.language === l))])) as Omit<
      ByLanguage,
      "all"
    >),
  };
}

export function buildRiskModelVersion(
  decisions: Example[],
  rules: RiskRuleData[],
  thresholds: Thresholds,
  entries: LabelledEntry[] = labelledSet,
): BuiltVersion {
  const trainEntries = entries.filter((e) => e.split === "train");
  const labelled = trainEntries.map(labelledExample);
  const examples = [...labelled, ...decisions];
  const model = trainRiskModel(examples, defaultTrainingOptions);
  const { outOfFold, ...kfold } = crossValidate(examples, foldCount, defaultTrainingOptions);
  // Labelled examples come first, so the first out-of-fold answers are theirs
  const combination = calibrate(trainEntries, outOfFold.slice(0, labelled.length), rules, thresholds);
  const heldout = entries.filter((e) => e.split === "heldout");
  const predictions = new Map(heldout.map((e) => [e.id, predictRisk(model, modelText(e.title, e.description))]));
  const combinedHigh = (e: LabelledEntry) =>
    combineRisk(
      scoreVacancy(labelledRiskInput(e), rules, thresholds),
      { ...predictions.get(e.id)!, version: 0, titleLength: e.title.length, scale: combination.scale },
      thresholds,
    ).level === "HIGH";
  return {
    model,
    trainOutOfFold: outOfFold.slice(0, labelled.length),
    trainedOn: {
      labelled: labelled.length,
      decisions: decisions.length,
      risky: examples.filter((e) => e.risky).length,
      honest: examples.filter((e) => !e.risky).length,
    },
    metrics: {
      heldout: {
        model: byLanguage(heldout, (e) => predictions.get(e.id)!.probability >= 0.5),
        combined: byLanguage(heldout, combinedHigh),
      },
      kfold,
      combination,
    },
  };
}
