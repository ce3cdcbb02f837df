// Training pipeline for the check-worthiness model, shared by scripts/train-checkworthy.ts
// and the reproducibility test: featurize debates once, fit a variant on a subset of debates,
// select a variant by nested cross-validation, build model.json.
import { extractFeatures, handFeatures, type Features } from "./features";
import { margin, type CheckworthyModelFile } from "./linear-model";
import type { Debate } from "./load-checkthat";
import { rankingReport, type RankingReport } from "./ranking-metrics";
import {
  fitPlatt,
  fitSparseRows,
  DEFAULT_TRAIN_OPTIONS,
  type TrainOptions,
} from "./train-logistic";

/** words = unigrams, bigrams, hand = lexicon/shape cues, pairs = pairs of cues, context = neighbours' hand cues. */
export type Family = "words" | "bigrams" | "hand" | "pairs" | "context";

/** One logistic regression. */
export type LinearVariant = {
  name: string;
  families: Family[];
  l2: number;
  positiveWeight: number | "balanced";
  /** Features seen in fewer training sentences are dropped (default DEFAULT_TRAIN_OPTIONS.minCount). */
  minCount?: number;
  /**
   * Value of a hand cue during training (n-grams are 1). Above 1, the same L2 penalty costs a
   * cue less than an n-gram, so the fit leans on the cues. The stored weights are multiplied
   * back, so scoring still sees every feature with value 1.
   */
  handScale?: number;
};

/**
 * Two logistic regressions fitted separately and averaged after dividing each margin by its
 * standard deviation on the training sentences: a linear stand-in for rank-averaging that
 * scores one sentence at a time and is itself one linear model (one weights table).
 */
export type BlendVariant = { name: string; blend: [LinearVariant, LinearVariant]; mix: number };
export type Variant = LinearVariant | BlendVariant;

const familyOf = (name: string): Family =>
  name.startsWith("w:")
    ? "words"
    : name.startsWith("b:")
      ? "bigrams"
      : name.startsWith("x:")
        ? "pairs"
        : name.startsWith("prev:") || name.startsWith("next:")
          ? "context"
          : "hand";

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

/**
 * The debates featurized once and indexed: every feature name gets an id, every sentence the
 * ids of its features in extraction order. Fits then index subsets without touching strings.
 */
export type Corpus = {
  names: string[];
  family: Family[];
  debates: { name: string; rows: Int32Array[]; labels: number[]; features: Features[] }[];
};

export function buildCorpus(debates: Debate[]): Corpus {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const encoded = debates.map((debate) => {
    const features = featurizeDebate(debate);
    const rows = features.map((f) =>
      Int32Array.from(f.keys(), (name) => {
        let id = ids.get(name);
        if (id === undefined) {
          id = names.length;
          ids.set(name, id);
          names.push(name);
        }
        return id;
      }),
    );
    return { name: debate.name, rows, labels: debate.sentences.map((s) => s.label), features };
  });
  return { names, family: names.map(familyOf), debates: encoded };
}

/** Weights sorted by feature name (code-unit order), as model.json stores them. */
const byName = (pairs: [string, number][]) =>
  new Map(pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));

export type Trained = { bias: number; weights: Map<string, number>; options: TrainOptions };

function fitLinear(
  corpus: Corpus,
  train: number[],
  variant: LinearVariant,
): Trained & { spread: number } {
  const minCount = variant.minCount ?? DEFAULT_TRAIN_OPTIONS.minCount;
  const handScale = variant.handScale ?? 1;
  const wanted = new Set(variant.families);
  const counts = new Int32Array(corpus.names.length);
  for (const d of train)
    for (const row of corpus.debates[d].rows) for (const id of row) counts[id]++;
  // Column of each kept feature; the column order does not change the fit (the optimiser is per coordinate).
  const column = new Int32Array(corpus.names.length).fill(-1);
  const kept: number[] = [];
  corpus.names.forEach((_, id) => {
    if (counts[id] >= minCount && wanted.has(corpus.family[id])) {
      column[id] = kept.length;
      kept.push(id);
    }
  });
  const value = (id: number) =>
    corpus.family[id] === "hand" || corpus.family[id] === "pairs" ? handScale : 1;

  const rowStart: number[] = [0];
  const cols: number[] = [];
  const vals: number[] = [];
  const labels: number[] = [];
  for (const d of train) {
    const debate = corpus.debates[d];
    debate.rows.forEach((row, i) => {
      for (const id of row) {
        if (column[id] >= 0) {
          cols.push(column[id]);
          vals.push(value(id));
        }
      }
      rowStart.push(cols.length);
      labels.push(debate.labels[i]);
    });
  }
  const positives = labels.filter((y) => y === 1).length;
  const positiveWeight =
    variant.positiveWeight === "balanced"
      ? (labels.length - positives) / positives
      : variant.positiveWeight;
  const options: TrainOptions = {
    ...DEFAULT_TRAIN_OPTIONS,
    minCount,
    l2: variant.l2,
    positiveWeight,
  };
  const w = fitSparseRows(
    {
      rowStart: Int32Array.from(rowStart),
      cols: Int32Array.from(cols),
      vals: Float64Array.from(vals),
      columns: kept.length,
    },
    labels,
    labels.map((y) => (y === 1 ? positiveWeight : 1)),
    options,
  );
  // Standard deviation of the training margins, the scale a blend divides by.
  let [sum, sumSq] = [0, 0];
  for (let i = 0; i < labels.length; i++) {
    let z = w[kept.length];
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) z += w[cols[k]] * vals[k];
    sum += z;
    sumSq += z * z;
  }
  const mean = sum / labels.length;
  const spread = Math.sqrt(Math.max(sumSq / labels.length - mean * mean, 1e-12));
  const weights = byName(
    kept.map((id, j): [string, number] => [corpus.names[id], w[j] * value(id)]),
  );
  return { bias: w[kept.length], weights, options, spread };
}

/** Fits `variant` on the debates `train` (indices into corpus.debates) as one linear model. */
export function fitVariant(corpus: Corpus, train: number[], variant: Variant): Trained {
  if (!("blend" in variant)) {
    const { spread: _, ...trained } = fitLinear(corpus, train, variant);
    return trained;
  }
  const parts = variant.blend.map((part) => fitLinear(corpus, train, part));
  const shares = [variant.mix, 1 - variant.mix].map((share, i) => share / parts[i].spread);
  const weights = new Map<string, number>();
  parts.forEach((part, i) => {
    for (const [name, w] of part.weights)
      weights.set(name, (weights.get(name) ?? 0) + shares[i] * w);
  });
  return {
    bias: shares[0] * parts[0].bias + shares[1] * parts[1].bias,
    weights: byName([...weights]),
    options: parts[0].options,
  };
}

/** What fitting on some debates and ranking one held-out debate gives. */
export type HeldOut = { debate: number; report: RankingReport; margins: number[] };

/** Fits `variant` on `train` and scores every debate of `test` (which it must not contain). */
export function fitAndScore(
  corpus: Corpus,
  train: number[],
  test: number[],
  variant: Variant,
): HeldOut[] {
  if (test.some((d) => train.includes(d)))
    throw new Error("fitAndScore: a test debate is in the training set");
  const trained = fitVariant(corpus, train, variant);
  return test.map((d) => {
    const debate = corpus.debates[d];
    const margins = debate.features.map((f) => margin(trained, f));
    return { debate: d, report: rankingReport(debate.labels, margins), margins };
  });
}

export type Scorer = (train: number[], test: number[], variant: Variant) => HeldOut[];

export type Summary = { map: number; precisionAt10: number; rPrecision: number };

export function summarize(reports: RankingReport[]): Summary {
  const mean = (key: keyof RankingReport) =>
    reports.reduce((a, r) => a + r[key], 0) / reports.length;
  return {
    map: mean("averagePrecision"),
    precisionAt10: mean("precisionAt10"),
    rPrecision: mean("rPrecision"),
  };
}

/**
 * `k` folds of debates, dealt round-robin in the given order (debates are sorted by name, i.e.
 * by date, so each fold spans the years). With k ≥ the number of debates, leave-one-out.
 */
export function groupedFolds(debates: number[], k: number): number[][] {
  const folds: number[][] = Array.from({ length: Math.min(k, debates.length) }, () => []);
  for (const [i, d] of debates.entries()) folds[i % folds.length].push(d);
  return folds;
}

/** Cross-validation over `debates` only: every variant scored on every fold held out in turn. */
export function crossValidateVariants(
  debates: number[],
  variants: Variant[],
  folds: number,
  score: Scorer,
) {
  const plan = groupedFolds(debates, folds);
  const results = variants.map((variant) => {
    const heldOut = plan.flatMap((test) =>
      score(
        debates.filter((d) => !test.includes(d)),
        test,
        variant,
      ),
    );
    return { variant, heldOut, ...summarize(heldOut.map((h) => h.report)) };
  });
  // The first variant wins a tie, so the order of the list is part of the procedure.
  const best = results.reduce((a, b) => (b.map > a.map ? b : a));
  return { plan, results, best };
}

export type OuterFold = {
  debate: number;
  /** The inner folds, over the other debates only. */
  innerPlan: number[][];
  innerMap: { variant: string; map: number }[];
  chosen: Variant;
  heldOut: HeldOut;
};

/**
 * Nested cross-validation. For each debate in turn (outer leave-one-debate-out), the variant is
 * chosen by `innerFolds`-fold cross-validation over the other debates alone, refitted on all of
 * them and scored on the held-out debate. The mean of those outer scores is an honest estimate
 * of the whole procedure (selection included) on an unseen debate.
 */
export function nestedCrossValidate(
  debateCount: number,
  variants: Variant[],
  innerFolds: number,
  score: Scorer,
) {
  const all = Array.from({ length: debateCount }, (_, i) => i);
  const outer: OuterFold[] = all.map((held) => {
    const rest = all.filter((d) => d !== held);
    const inner = crossValidateVariants(rest, variants, innerFolds, score);
    const [heldOut] = score(rest, [held], inner.best.variant);
    return {
      debate: held,
      innerPlan: inner.plan,
      innerMap: inner.results.map((r) => ({ variant: r.variant.name, map: r.map })),
      chosen: inner.best.variant,
      heldOut,
    };
  });
  return { outer, ...summarize(outer.map((o) => o.heldOut.report)) };
}

/**
 * model.json for `variant`: weights fitted on every debate, Platt calibration fitted on the
 * variant's out-of-fold margins from `heldOut` (one entry per debate, from a cross-validation).
 */
export function finalModelFile(
  corpus: Corpus,
  variant: Variant,
  heldOut: HeldOut[],
  training: Record<string, unknown>,
): CheckworthyModelFile {
  const byDebate = new Map(heldOut.map((h) => [h.debate, h.margins]));
  const all = corpus.debates.map((_, d) => d);
  const margins = all.flatMap((d) => byDebate.get(d) ?? []);
  const labels = corpus.debates.flatMap((d) => d.labels);
  if (margins.length !== labels.length)
    throw new Error("finalModelFile: every debate needs out-of-fold margins");
  return buildModelFile({
    trained: fitVariant(corpus, all, variant),
    variant,
    calibration: fitPlatt(margins, labels),
    training,
  });
}

/** Six significant digits keep the file small and byte-stable. */
export const roundWeight = (x: number) => Number(x.toPrecision(6));

export function buildModelFile(options: {
  trained: Trained;
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
    training: {
      ...training,
      variant,
      options: { ...trained.options, positiveWeight: roundWeight(trained.options.positiveWeight) },
    },
    calibration: {
      slope: roundWeight(calibration.slope),
      intercept: roundWeight(calibration.intercept),
    },
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
