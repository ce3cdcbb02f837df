// Class-weighted, L2-regularised logistic regression trained by full-batch Adam.
// Full-batch (no sampling) makes training deterministic without a seed: same data and
// options in, bit-identical weights out.
import type { Features } from "./features";

export type TrainOptions = {
  /** L2 strength λ on the weights (not the bias), for a loss averaged over examples. */
  l2: number;
  /** Loss weight of a positive example relative to a negative one. */
  positiveWeight: number;
  /** Features seen in fewer training sentences are dropped. */
  minCount: number;
  iterations: number;
  learningRate: number;
};

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  l2: 1e-3,
  positiveWeight: 10,
  minCount: 3,
  iterations: 300,
  learningRate: 0.05,
};

export type TrainedWeights = { bias: number; weights: Map<string, number> };

/** Feature names kept after min-count pruning, sorted so that indices are stable. */
export function buildVocabulary(examples: Features[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const f of examples)
    for (const name of f.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts]
    .filter(([, c]) => c >= minCount)
    .map(([name]) => name)
    .sort();
}

/** `exampleWeights`, when given, replaces the per-class weighting of `options.positiveWeight`. */
export function trainLogistic(
  examples: Features[],
  labels: number[],
  options: TrainOptions,
  exampleWeights?: number[],
): TrainedWeights {
  if (examples.length !== labels.length)
    throw new Error("trainLogistic: examples and labels differ in length");
  const vocabulary = buildVocabulary(examples, options.minCount);
  const index = new Map(vocabulary.map((name, i) => [name, i]));

  // Compressed sparse rows: example i uses cols/vals[rowStart[i] .. rowStart[i + 1]).
  const rowStart = new Int32Array(examples.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  examples.forEach((f, i) => {
    for (const [name, value] of f) {
      const j = index.get(name);
      if (j !== undefined) {
        cols.push(j);
        vals.push(value);
      }
    }
    rowStart[i + 1] = cols.length;
  });

  const exampleWeight = exampleWeights ?? labels.map((y) => (y === 1 ? options.positiveWeight : 1));
  const w = fitSparseRows(
    { rowStart, cols, vals, columns: vocabulary.length },
    labels,
    exampleWeight,
    options,
  );
  return {
    bias: w[vocabulary.length],
    weights: new Map(vocabulary.map((name, j) => [name, w[j]])),
  };
}

/** Examples as compressed sparse rows over `columns` features: row i is cols/vals[rowStart[i] .. rowStart[i + 1]). */
export type SparseRows = {
  rowStart: Int32Array;
  cols: ArrayLike<number>;
  vals: ArrayLike<number>;
  columns: number;
};

/**
 * The optimiser behind trainLogistic, on examples already indexed: returns the weights of the
 * `columns` features followed by the bias. Summation follows each row's column order, so the
 * same rows give bit-identical weights whichever way they were indexed.
 */
export function fitSparseRows(
  rows: SparseRows,
  labels: number[],
  exampleWeight: number[],
  options: Pick<TrainOptions, "l2" | "iterations" | "learningRate">,
): Float64Array {
  const { rowStart, cols, vals } = rows;
  const examples = rowStart.length - 1;
  const totalWeight = exampleWeight.reduce((a, b) => a + b, 0);
  const n = rows.columns + 1; // last slot is the bias
  const w = new Float64Array(n);
  const grad = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];

  for (let t = 1; t <= options.iterations; t++) {
    grad.fill(0);
    for (let i = 0; i < examples; i++) {
      let z = w[n - 1];
      for (let k = rowStart[i]; k < rowStart[i + 1]; k++) z += w[cols[k]] * vals[k];
      const residual = (exampleWeight[i] * (1 / (1 + Math.exp(-z)) - labels[i])) / totalWeight;
      for (let k = rowStart[i]; k < rowStart[i + 1]; k++) grad[cols[k]] += residual * vals[k];
      grad[n - 1] += residual;
    }
    for (let j = 0; j < n - 1; j++) grad[j] += options.l2 * w[j];
    const stepSize = (options.learningRate * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
    for (let j = 0; j < n; j++) {
      m[j] = beta1 * m[j] + (1 - beta1) * grad[j];
      v[j] = beta2 * v[j] + (1 - beta2) * grad[j] * grad[j];
      w[j] -= (stepSize * m[j]) / (Math.sqrt(v[j]) + eps);
    }
  }
  return w;
}

/** Platt scaling: fit P(y=1) = sigmoid(slope * margin + intercept) by Newton's method. */
export function fitPlatt(
  margins: number[],
  labels: number[],
): { slope: number; intercept: number } {
  let [a, b] = [1, 0];
  for (let iter = 0; iter < 50; iter++) {
    let [ga, gb, haa, hab, hbb] = [0, 0, 0, 0, 0];
    margins.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-(a * x + b)));
      const r = p - labels[i];
      const s = Math.max(p * (1 - p), 1e-12);
      ga += r * x;
      gb += r;
      haa += s * x * x;
      hab += s * x;
      hbb += s;
    });
    const det = haa * hbb - hab * hab;
    if (det <= 0) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { slope: a, intercept: b };
}
