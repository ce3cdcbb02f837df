import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { test } from "node:test";
import type { CheckworthyModelFile } from "../linear-model";
import { loadCheckthatDebates, type Debate } from "../load-checkthat";
import modelJson from "../model.json" with { type: "json" };
import { buildModelFile, featurizeDebate, fitVariant, serializeModel, type Variant } from "../train-model";

const committed = modelJson as unknown as CheckworthyModelFile;
const variant = committed.training.variant as Variant;
const DATA = process.env.CHECKTHAT2019_TRAIN ?? resolve(process.cwd(), "lib/checkworthy/data/CT19-T1-Training.csv");

function modelFor(debates: Debate[]): string {
  const trained = fitVariant(debates, debates.map(featurizeDebate), variant);
  return serializeModel(buildModelFile({ trained, variant, calibration: committed.calibration, training: {} }));
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
    sentences: [...texts, ...texts, ...texts].map(([text, label], line) => ({ line, speaker: "X", text, label })),
  };
  assert.equal(modelFor([debate]), modelFor([debate]));
});

test("the committed model.json is what training on the full data produces", () => {
  assert.ok(existsSync(DATA), `the CLEF-2019 training data is needed at ${DATA} (or CHECKTHAT2019_TRAIN)`);
  // One fit on all debates (a few seconds); the cross-validated calibration is taken as committed.
  const rebuilt = JSON.parse(modelFor(loadCheckthatDebates(DATA))) as CheckworthyModelFile;
  assert.equal(rebuilt.bias, committed.bias);
  assert.deepEqual(rebuilt.weights, committed.weights);
});
