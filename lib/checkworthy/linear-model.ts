// The stored check-worthiness model: a logistic regression over named sparse features,
// followed by Platt calibration so the score reads as a probability.
import type { Features } from "./features";

/** model.json. Weights are [name, weight] pairs sorted by name: small diffs, cheap to type-check. */
export type CheckworthyModelFile = {
  format: "claimdesk-checkworthy-logreg/1";
  about: string;
  training: Record<string, unknown>;
  /** P(check-worthy) = sigmoid(slope * margin + intercept), fitted on out-of-fold margins. */
  calibration: { slope: number; intercept: number };
  bias: number;
  weights: [string, number][];
};

export type LinearWeights = { bias: number; weights: Map<string, number> };
export type CheckworthyModel = LinearWeights & { calibration: CheckworthyModelFile["calibration"] };

export function loadModel(file: CheckworthyModelFile): CheckworthyModel {
  if (file.format !== "claimdesk-checkworthy-logreg/1")
    throw new Error(`unsupported check-worthiness model format "${file.format}"`);
  return { bias: file.bias, weights: new Map(file.weights), calibration: file.calibration };
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Raw log-odds of the uncalibrated model; features without a weight count as zero. */
export function margin(model: LinearWeights, features: Features): number {
  let z = model.bias;
  for (const [name, value] of features) z += (model.weights.get(name) ?? 0) * value;
  return z;
}

/** Per-feature contribution to the margin (weight × value), for explaining a score. */
export function contributions(model: LinearWeights, features: Features): [string, number][] {
  const out: [string, number][] = [];
  for (const [name, value] of features) {
    const w = model.weights.get(name);
    if (w) out.push([name, w * value]);
  }
  return out;
}

export function calibrated(model: CheckworthyModel, features: Features): number {
  return sigmoid(model.calibration.slope * margin(model, features) + model.calibration.intercept);
}
