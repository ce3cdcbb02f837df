// Trains the Russian claim ranker (lib/import/detect/ru/claim-ranker-ru.json) on the annotated
// Russian corpus (lib/import/corpus-ru): the language-neutral feature groups of
// claimFeaturesRu, leave-one-article-out cross-validated. Its queueing cut is moved onto the
// English ranker's threshold (the bias absorbs the difference), so one threshold serves both.
//
//   npm run train:ranker-ru [-- --write]
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ranker as englishRanker } from "../lib/import/detect/score-claim";
import type { ClaimRankerFile } from "../lib/import/detect/ranker-model";
import { claimFeaturesRu } from "../lib/import/detect/ru/claim-features-ru";
import { loadRussianCorpus } from "../lib/import/eval/annotated-corpus";
import { lexiconFor } from "../lib/import/lexicon";
import { labelArticles } from "../lib/import/rank/labelled-candidates";
import { checkworthinessFigures } from "../lib/import/rank/checkworthiness-figures";
import {
  crossValidate,
  featurize,
  fitRanker,
  type RankerOptions,
} from "../lib/import/rank/train-claim-ranker";

const OUT = fileURLToPath(new URL("../lib/import/detect/ru/claim-ranker-ru.json", import.meta.url));
export const RU_OPTIONS: RankerOptions = {
  l2: 0.01,
  mustWeight: 2,
  targetRecall: 0.9,
  iterations: 1000,
};
const logit = (p: number) => Math.log(p / (1 - p));

const { values } = parseArgs({ options: { write: { type: "boolean", default: false } } });
const ru = lexiconFor("ru");
const articles = loadRussianCorpus(process.cwd()).map((a) => ({ ...a, genre: a.name }));
const data = featurize(labelArticles(articles), (c) => claimFeaturesRu(c, ru));
const cv = crossValidate(data, RU_OPTIONS);
for (const f of cv.folds)
  console.log(
    `${f.name.padEnd(46)} P ${f.result.precision.toFixed(2)} R ${f.result.recall.toFixed(2)} (${f.result.mustHit}/${f.result.mustTotal}) cut ${f.threshold.toFixed(3)}`,
  );
console.log(
  `leave-one-article-out: precision ${cv.precision.toFixed(3)} must-recall ${cv.recall.toFixed(3)}`,
);
const cw = checkworthinessFigures(data, RU_OPTIONS);
console.log(
  `check-worthiness (must vs the speaker's other sentences, out of fold): AP ${cw.averagePrecision.toFixed(3)}, ROC AUC ${cw.auc.toFixed(3)} over ${cw.positives}/${cw.total}`,
);
const fitted = fitRanker(data, RU_OPTIONS);
const shift = logit(englishRanker.threshold) - logit(fitted.threshold);
const file: ClaimRankerFile = {
  format: "claimdesk-claim-ranker/1",
  about:
    "Russian claim ranker: logistic regression over claimFeaturesRu, trained by scripts/train-claim-ranker-ru.ts on lib/import/corpus-ru; the bias is shifted so the English threshold is its cut.",
  training: {
    articles: articles.length,
    candidates: data.reduce((n, d) => n + d.features.length, 0),
    options: RU_OPTIONS,
    looCv: { precision: +cv.precision.toFixed(3), mustRecall: +cv.recall.toFixed(3) },
    checkworthiness: { averagePrecision: +cw.averagePrecision.toFixed(3), auc: +cw.auc.toFixed(3) },
  },
  threshold: englishRanker.threshold,
  bias: +(fitted.bias + shift).toFixed(6),
  weights: [...fitted.weights]
    .filter(([, w]) => w !== 0)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([n, w]) => [n, +w.toFixed(6)]),
};
if (values.write) {
  writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`wrote ${OUT}`);
}
