// Trains the Russian claim ranker (lib/import/detect/ru/claim-ranker-ru.json) on the annotated
// Russian articles (lib/import/corpus-ru and the seen lib/import/heldout-ru), leave-one-article-
// out cross-validated; see lib/import/rank/train-claim-ranker-ru.ts. `--target-recall` tries
// another cut without changing the committed options.
//
//   npm run train:ranker-ru [-- --write] [--target-recall 0.95]
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { checkworthinessFigures } from "../lib/import/rank/checkworthiness-figures";
import { crossValidate } from "../lib/import/rank/train-claim-ranker";
import {
  RU_OPTIONS,
  russianRankerFile,
  russianTrainingData,
} from "../lib/import/rank/train-claim-ranker-ru";

const OUT = fileURLToPath(new URL("../lib/import/detect/ru/claim-ranker-ru.json", import.meta.url));

const { values } = parseArgs({
  options: {
    write: { type: "boolean", default: false },
    "target-recall": { type: "string" },
  },
});
const options = values["target-recall"]
  ? { ...RU_OPTIONS, targetRecall: Number(values["target-recall"]) }
  : RU_OPTIONS;
const data = await russianTrainingData(process.cwd());
const cv = crossValidate(data, options);
for (const f of cv.folds)
  console.log(
    `${f.name.padEnd(50)} P ${f.result.precision.toFixed(2)} R ${f.result.recall.toFixed(2)} (${f.result.mustHit}/${f.result.mustTotal}) cut ${f.threshold.toFixed(3)}`,
  );
console.log(
  `leave-one-article-out: precision ${cv.precision.toFixed(3)} must-recall ${cv.recall.toFixed(3)}`,
);
const cw = checkworthinessFigures(data, options);
console.log(
  `check-worthiness (must vs the speaker's other sentences, out of fold): AP ${cw.averagePrecision.toFixed(3)}, ROC AUC ${cw.auc.toFixed(3)} over ${cw.positives}/${cw.total}`,
);
const file = russianRankerFile(data, options, {
  looCv: { precision: +cv.precision.toFixed(3), mustRecall: +cv.recall.toFixed(3) },
  checkworthiness: { averagePrecision: +cw.averagePrecision.toFixed(3), auc: +cw.auc.toFixed(3) },
});
if (values.write && options === RU_OPTIONS) {
  writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`wrote ${OUT}`);
} else if (values.write) console.log("not written: --target-recall is for trying cuts");
