// Trains the check-worthiness scorer on CLEF-2019 CheckThat! Task 1 and writes
// lib/checkworthy/model.json. Variants are compared by leave-one-debate-out MAP; the best is
// retrained on all debates, calibrated on its out-of-fold scores, and written deterministically.
//
//   npm run train:checkworthy [-- --data PATH] [--variant NAME] [--per-fold] [--out PATH]
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractFeatures, handFeatures, type Features } from "../lib/checkworthy/features";
import { margin, type CheckworthyModelFile } from "../lib/checkworthy/linear-model";
import { loadCheckthatDebates, type Debate } from "../lib/checkworthy/load-checkthat";
import { rankingReport, type RankingReport } from "../lib/checkworthy/ranking-metrics";
import { fitPlatt, trainLogistic, DEFAULT_TRAIN_OPTIONS, type TrainOptions } from "../lib/checkworthy/train-logistic";
import { VARIANTS, selectFeatures, type Variant } from "./train-checkworthy-variants";

const DEFAULT_DATA = "/work/shared/eval/clef2019/CT19-T1-Training.csv";
const DEFAULT_OUT = fileURLToPath(new URL("../lib/checkworthy/model.json", import.meta.url));

type FoldResult = RankingReport & { debate: string };

/** Every feature family for every sentence; variants pick a subset. Context = neighbours' cues. */
function featurizeDebate(debate: Debate): Features[] {
  const hand = debate.sentences.map((s) => handFeatures(s.text));
  return debate.sentences.map((s, i) => {
    const f = extractFeatures(s.text);
    for (const name of hand[i - 1] ?? []) f.set(`prev:${name}`, 1);
    for (const name of hand[i + 1] ?? []) f.set(`next:${name}`, 1);
    return f;
  });
}

function trainOptionsFor(variant: Variant, positives: number, negatives: number): TrainOptions {
  const positiveWeight = variant.positiveWeight === "balanced" ? negatives / positives : variant.positiveWeight;
  return { ...DEFAULT_TRAIN_OPTIONS, l2: variant.l2, positiveWeight };
}

function fit(debates: Debate[], features: Features[][], variant: Variant) {
  const xs = features.flat().map((f) => selectFeatures(f, variant.families));
  const ys = debates.flatMap((d) => d.sentences.map((s) => s.label));
  const positives = ys.filter((y) => y === 1).length;
  const options = trainOptionsFor(variant, positives, ys.length - positives);
  return { ...trainLogistic(xs, ys, options), options };
}

function crossValidate(debates: Debate[], features: Features[][], variant: Variant) {
  const folds: FoldResult[] = [];
  const outOfFold: { margin: number; label: number }[] = [];
  debates.forEach((held, k) => {
    const keep = (_: unknown, i: number) => i !== k;
    const trained = fit(debates.filter(keep), features.filter(keep), variant);
    const margins = features[k].map((f) => margin(trained, selectFeatures(f, variant.families)));
    const labels = held.sentences.map((s) => s.label);
    folds.push({ debate: held.name, ...rankingReport(labels, margins) });
    margins.forEach((m, i) => outOfFold.push({ margin: m, label: labels[i] }));
  });
  const mean = (key: keyof RankingReport) => folds.reduce((a, f) => a + f[key], 0) / folds.length;
  return { folds, outOfFold, map: mean("averagePrecision"), p10: mean("precisionAt10"), rPrecision: mean("rPrecision") };
}

const fmt = (x: number) => x.toFixed(4);
/** Six significant digits keep the file small and the output stable across runs. */
const round = (x: number) => Number(x.toPrecision(6));

/** One weight per line, so retraining shows up as a readable diff. */
function serializeModel(file: CheckworthyModelFile): string {
  const { weights, ...head } = file;
  const headJson = JSON.stringify(head, null, 1).slice(0, -2);
  return `${headJson},\n "weights": [\n${weights.map((pair) => JSON.stringify(pair)).join(",\n")}\n ]\n}\n`;
}

function main() {
  const { values } = parseArgs({
    options: {
      data: { type: "string", default: process.env.CHECKTHAT2019_TRAIN ?? DEFAULT_DATA },
      out: { type: "string", default: DEFAULT_OUT },
      variant: { type: "string" },
      "per-fold": { type: "boolean", default: false },
    },
  });
  const started = Date.now();
  const debates = loadCheckthatDebates(values.data!);
  const features = debates.map(featurizeDebate);
  const sentenceCount = debates.reduce((a, d) => a + d.sentences.length, 0);
  console.log(`${debates.length} debates, ${sentenceCount} sentences from ${values.data}`);

  const candidates = values.variant ? VARIANTS.filter((v) => v.name === values.variant) : VARIANTS;
  if (candidates.length === 0) throw new Error(`unknown variant "${values.variant}"; known: ${VARIANTS.map((v) => v.name).join(", ")}`);

  console.log("\nleave-one-debate-out CV            MAP     P@10    R-Prec");
  const results = candidates.map((variant) => {
    const cv = crossValidate(debates, features, variant);
    console.log(`${variant.name.padEnd(32)}  ${fmt(cv.map)}  ${fmt(cv.p10)}  ${fmt(cv.rPrecision)}`);
    if (values["per-fold"]) for (const f of cv.folds) console.log(`    ${f.debate.padEnd(30)}${fmt(f.averagePrecision)}  ${fmt(f.precisionAt10)}  ${fmt(f.rPrecision)}`);
    return { variant, cv };
  });
  // First best wins on a tie, so the choice is stable.
  const best = results.reduce((a, b) => (b.cv.map > a.cv.map ? b : a));
  console.log(`\nbest: ${best.variant.name} (MAP ${fmt(best.cv.map)}); per fold:`);
  for (const f of best.cv.folds) console.log(`  ${f.debate.padEnd(32)}AP ${fmt(f.averagePrecision)}  P@10 ${fmt(f.precisionAt10)}  R-P ${fmt(f.rPrecision)}`);

  const calibration = fitPlatt(best.cv.outOfFold.map((o) => o.margin), best.cv.outOfFold.map((o) => o.label));
  const trained = fit(debates, features, best.variant);
  // Weights arrive sorted by name; near-zero ones (rare n-grams) are dropped to keep the file small.
  const weights: [string, number][] = [...trained.weights].filter(([, w]) => Math.abs(w) >= 1e-3).map(([name, w]) => [name, round(w)]);
  const model: CheckworthyModelFile = {
    format: "claimdesk-checkworthy-logreg/1",
    about: "Check-worthiness logistic regression; regenerate with `npm run train:checkworthy`.",
    training: {
      data: "CLEF-2019 CheckThat! Task 1 training set",
      debates: debates.length,
      sentences: sentenceCount,
      variant: best.variant,
      options: { ...trained.options, positiveWeight: round(trained.options.positiveWeight) },
      crossValidation: { method: "leave-one-debate-out", map: round(best.cv.map), precisionAt10: round(best.cv.p10), rPrecision: round(best.cv.rPrecision) },
    },
    calibration: { slope: round(calibration.slope), intercept: round(calibration.intercept) },
    bias: round(trained.bias),
    weights,
  };
  writeFileSync(values.out!, serializeModel(model));
  console.log(`\nwrote ${values.out} (${weights.length} weights) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
