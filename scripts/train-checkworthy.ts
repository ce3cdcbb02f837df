// Trains the check-worthiness scorer on CLEF-2019 CheckThat! Task 1 and writes
// lib/checkworthy/model.json. Variants are compared by leave-one-debate-out MAP; the best is
// retrained on all debates, calibrated on its out-of-fold scores, and written deterministically.
//
//   npm run train:checkworthy [-- --data PATH] [--variant NAME] [--per-fold] [--out PATH]
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadCheckthatDebates } from "../lib/checkworthy/load-checkthat";
import { fitPlatt } from "../lib/checkworthy/train-logistic";
import {
  buildModelFile, crossValidate, featurizeDebate, fitVariant, roundWeight, serializeModel, type Family, type Variant,
} from "../lib/checkworthy/train-model";

const DEFAULT_DATA = resolve(process.cwd(), "lib/checkworthy/data/CT19-T1-Training.csv");
const DEFAULT_OUT = fileURLToPath(new URL("../lib/checkworthy/model.json", import.meta.url));

// Every variant tried is kept here, so the selection can be rerun and audited.
const NGRAMS_AND_HAND: Family[] = ["words", "bigrams", "hand"];
const VARIANTS: Variant[] = [
  { name: "unigrams l2=1e-3", families: ["words"], l2: 1e-3, positiveWeight: "balanced" },
  { name: "uni+bigrams l2=1e-3", families: ["words", "bigrams"], l2: 1e-3, positiveWeight: "balanced" },
  { name: "hand only l2=1e-3", families: ["hand"], l2: 1e-3, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=3e-4", families: NGRAMS_AND_HAND, l2: 3e-4, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=1e-3", families: NGRAMS_AND_HAND, l2: 1e-3, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=3e-3", families: NGRAMS_AND_HAND, l2: 3e-3, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=1e-2", families: NGRAMS_AND_HAND, l2: 1e-2, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=3e-2", families: NGRAMS_AND_HAND, l2: 3e-2, positiveWeight: "balanced" },
  { name: "uni+bi+hand l2=3e-4 unweighted", families: NGRAMS_AND_HAND, l2: 3e-4, positiveWeight: 1 },
  { name: "uni+bi+hand l2=1e-3 unweighted", families: NGRAMS_AND_HAND, l2: 1e-3, positiveWeight: 1 },
  { name: "uni+bi+hand l2=3e-3 unweighted", families: NGRAMS_AND_HAND, l2: 3e-3, positiveWeight: 1 },
  { name: "uni+bi+hand l2=1e-2 unweighted", families: NGRAMS_AND_HAND, l2: 1e-2, positiveWeight: 1 },
  { name: "uni+hand l2=3e-3", families: ["words", "hand"], l2: 3e-3, positiveWeight: "balanced" },
  { name: "hand only l2=3e-3", families: ["hand"], l2: 3e-3, positiveWeight: "balanced" },
  { name: "uni+bi+hand+context l2=1e-3", families: [...NGRAMS_AND_HAND, "context"], l2: 1e-3, positiveWeight: "balanced" },
];

const fmt = (x: number) => x.toFixed(4);

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
  const sentences = debates.reduce((a, d) => a + d.sentences.length, 0);
  console.log(`${debates.length} debates, ${sentences} sentences from ${values.data}`);

  const candidates = values.variant ? VARIANTS.filter((v) => v.name === values.variant) : VARIANTS;
  if (candidates.length === 0) {
    throw new Error(`unknown variant "${values.variant}"; known: ${VARIANTS.map((v) => `"${v.name}"`).join(", ")}`);
  }
  console.log("\nleave-one-debate-out CV            MAP     P@10    R-Prec");
  const results = candidates.map((variant) => {
    const cv = crossValidate(debates, features, variant);
    console.log(`${variant.name.padEnd(32)}  ${fmt(cv.map)}  ${fmt(cv.precisionAt10)}  ${fmt(cv.rPrecision)}`);
    if (values["per-fold"]) {
      for (const f of cv.folds) console.log(`    ${f.debate.padEnd(30)}${fmt(f.averagePrecision)}  ${fmt(f.precisionAt10)}  ${fmt(f.rPrecision)}`);
    }
    return { variant, cv };
  });
  const best = results.reduce((a, b) => (b.cv.map > a.cv.map ? b : a)); // first wins a tie
  console.log(`\nbest: ${best.variant.name}; per held-out debate:`);
  for (const f of best.cv.folds) {
    console.log(`  ${f.debate.padEnd(32)}AP ${fmt(f.averagePrecision)}  P@10 ${fmt(f.precisionAt10)}  R-P ${fmt(f.rPrecision)}`);
  }
  console.log(`  ${"mean".padEnd(32)}MAP ${fmt(best.cv.map)} P@10 ${fmt(best.cv.precisionAt10)}  R-P ${fmt(best.cv.rPrecision)}`);

  const model = buildModelFile({
    trained: fitVariant(debates, features, best.variant),
    variant: best.variant,
    calibration: fitPlatt(best.cv.outOfFold.map((o) => o.margin), best.cv.outOfFold.map((o) => o.label)),
    training: {
      data: "CLEF-2019 CheckThat! Task 1 training set",
      debates: debates.length,
      sentences,
      crossValidation: {
        method: "leave-one-debate-out",
        map: roundWeight(best.cv.map),
        precisionAt10: roundWeight(best.cv.precisionAt10),
        rPrecision: roundWeight(best.cv.rPrecision),
      },
    },
  });
  writeFileSync(values.out!, serializeModel(model));
  console.log(`\nwrote ${values.out} (${model.weights.length} weights) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
