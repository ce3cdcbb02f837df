import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import type { CheckworthyModelFile } from "../linear-model";
import { loadCheckthatDebates, type Debate } from "../load-checkthat";
import {
  buildCorpus,
  buildModelFile,
  crossValidateVariants,
  fitAndScore,
  finalModelFile,
  fitVariant,
  serializeModel,
  type Variant,
} from "../train-model";

const MODEL = fileURLToPath(new URL("../model.json", import.meta.url));
const committedText = readFileSync(MODEL, "utf8");
const committed = JSON.parse(committedText) as CheckworthyModelFile;
const variant = committed.training.variant as Variant;
const selection = committed.training.selection as { innerFolds: number };
const DATA =
  process.env.CHECKTHAT2019_TRAIN ??
  resolve(process.cwd(), "lib/checkworthy/data/CT19-T1-Training.csv");

function modelFor(debates: Debate[]): string {
  const corpus = buildCorpus(debates);
  const trained = fitVariant(
    corpus,
    debates.map((_, i) => i),
    variant,
  );
  return serializeModel(
    buildModelFile({ trained, variant, calibration: committed.calibration, training: {} }),
  );
}

test("training is deterministic: the same slice twice gives byte-identical weights", () => {
  const texts = [
    ["We cut taxes by 20 percent in 2019.", 1],
    ["Thank you very much.", 0],
    ["Unemployment fell to 4 percent.", 1],
    ["Good evening.", 0],
    ["Crime rose by 10 percent in 2018.", 1],
    ["I think that is right.", 0],
  ] as const;
  const debate: Debate = {
    name: "slice",
    sentences: [...texts, ...texts, ...texts].map(([text, label], line) => ({
      line,
      speaker: "X",
      text,
      label,
    })),
  };
  assert.equal(modelFor([debate]), modelFor([debate]));
});

test("the committed model.json is what training the recorded variant on the full data produces, byte for byte", () => {
  assert.ok(
    existsSync(DATA),
    `the CLEF-2019 training data is needed at ${DATA} (or CHECKTHAT2019_TRAIN)`,
  );
  // The nested selection takes minutes, so its figures are taken as committed; the weights (one
  // fit on all debates) and the calibration (the chosen variant's inner CV) are recomputed.
  const corpus = buildCorpus(loadCheckthatDebates(DATA));
  const all = corpus.debates.map((_, i) => i);
  const cv = crossValidateVariants(all, [variant], selection.innerFolds, (train, test, v) =>
    fitAndScore(corpus, train, test, v),
  );
  const rebuilt = finalModelFile(corpus, variant, cv.best.heldOut, committed.training);
  assert.equal(serializeModel(rebuilt), committedText);
});
