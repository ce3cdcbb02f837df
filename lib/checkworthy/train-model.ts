// Training pipeline for the check-worthiness model, shared by scripts/train-checkworthy.ts
// and the reproducibility test: featurize debates, cross-validate a variant, build model.json.
import { extractFeatures, handFeatures, type Features } from "./features";
import { margin, type CheckworthyModelFile } from "./linear-model";
import type { Debate } from "./load-checkthat";
import { rankingReport, type RankingReport } from "./ranking-metrics";
import { trainLogistic, DEFAULT_TRAIN_OPTIONS, type TrainOptions } from "./train-logistic";

/** words = unigrams, bigrams, hand = lexicon/shape cues, context = neighbours' hand cues. */
export type Family = "words" | "bigrams" | "hand" | "context";
export type Variant = { name: string; families: Family[]; l2: number; positiveWeight: number | "balanced" };

const familyOf = (name: string): Family =>
  name.startsWith("w:") ? "words"
  : name.startsWith("b:") ? "bigrams"
  : name.startsWith("prev:") || name.startsWith("next:") ? "context"
  : "hand";

export function selectFeatures(features: Features, families: Family[]): Features {
  return new Map([...features].filter(([name]) => families.includes(familyOf(name))));
}

/** Every feature family for every sentence of a debate; a variant then picks a subset. */
export function featurizeDebate(debate: Debate): Features[] {
  const hand = debate.sentences.map((s) => handFeatures(s.text));
  return debate.sentences.map((s, i) => {
    const f = extractFeatures(s.text);
    for (const name of hand[i - 1] ?? []) f.set(`prev:${name}`, 1);
    for (const name of hand[i + 1] ?? []) f.set(`next:${name}`, 1);
    return f;
  });
}

export function fitVariant(debates: Debate[], features: Features[][], variant: Variant) {
  const xs = features.flat().map((f) => selectFeatures(f, variant.families));
  const ys = debates.flatMap((d) => d.sentences.map((s) => s.label));
  const positives = ys.filter((y) => y === 1).length;
  const positiveWeight = variant.positiveWeight === "balanced" ? (ys.length - positives) / positives : variant.positiveWeight;
  const options: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, l2: variant.l2, positiveWeight };
  return { ...trainLogistic(xs, ys, options), options };
}

export type FoldResult = RankingReport & { debate: string };

/** Leave-one-debate-out: per-debate ranking metrics, their means, and out-of-fold margins. */
export function crossValidate(debates: Debate[], features: Features[][], variant: Variant) {
  const folds: FoldResult[] = [];
  const outOfFold: { margin: number; label: number }[] = [];
  debates.forEach((held, k) => {
    const keep = (_: unknown, i: number) => i !== k;
    const trained = fitVariant(debates.filter(keep), features.filter(keep), variant);
    const margins = features[k].map((f) => margin(trained, selectFeatures(f, variant.families)));
    const labels = held.sentences.map((s) => s.label);
    folds.push({ debate: held.name, ...rankingReport(labels, margins) });
    margins.forEach((m, i) => outOfFold.push({ margin: m, label: labels[i] }));
  });
  const mean = (key: keyof RankingReport) => folds.reduce((a, f) => a + f[key], 0) / folds.length;
  return { folds, outOfFold, map: mean("averagePrecision"), precisionAt10: mean("precisionAt10"), rPrecision: mean("rPrecision") };
}

/** Six significant digits keep the file small and byte-stable. */
export const roundWeight = (x: number) => Number(x.toPrecision(6));

export function buildModelFile(options: {
  trained: ReturnType<typeof fitVariant>;
  variant: Variant;
  calibration: CheckworthyModelFile["calibration"];
  training: Record<string, unknown>;
}): CheckworthyModelFile {
  const { trained, variant, calibration, training } = options;
  // Weights arrive sorted by name; near-zero ones (rare n-grams) are dropped to keep the file small.
  const weights: [string, number][] = [...trained.weights]
    .filter(([, w]) => Math.abs(w) >= 1e-3)
    .map(([name, w]) => [name, roundWeight(w)]);
  return {
    format: "claimdesk-checkworthy-logreg/1",
    about: "Check-worthiness logistic regression; regenerate with `npm run train:checkworthy`.",
    training: { ...training, variant, options: { ...trained.options, positiveWeight: roundWeight(trained.options.positiveWeight) } },
    calibration: { slope: roundWeight(calibration.slope), intercept: roundWeight(calibration.intercept) },
    bias: roundWeight(trained.bias),
    weights,
  };
}

/** One weight per line, so retraining shows up as a readable diff. */
export function serializeModel(file: CheckworthyModelFile): string {
  const { weights, ...head } = file;
  const headJson = JSON.stringify(head, null, 1).slice(0, -2);
  return `${headJson},\n "weights": [\n${weights.map((pair) => JSON.stringify(pair)).join(",\n")}\n ]\n}\n`;
}
