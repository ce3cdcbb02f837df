// The committed Russian ranker is what `npm run train:ranker-ru -- --write` produces: the same
// articles (dev and the seen held-out set), read with the speaker's name alone, the same weights.
import assert from "node:assert/strict";
import { test } from "node:test";
import rankerJson from "@/lib/import/detect/ru/claim-ranker-ru.json" with { type: "json" };
import type { ClaimRankerFile } from "@/lib/import/detect/ranker-model";
import {
  RU_OPTIONS,
  russianRankerFile,
  russianTrainingData,
} from "@/lib/import/rank/train-claim-ranker-ru";

const committed = rankerJson as unknown as ClaimRankerFile;

test("the committed claim-ranker-ru.json is what `npm run train:ranker-ru -- --write` produces", async () => {
  const data = await russianTrainingData(process.cwd());
  assert.deepEqual(
    data.map((d) => d.article.name),
    committed.training.articles,
    "retrain after adding annotated Russian articles",
  );
  assert.deepEqual(committed.training.options, RU_OPTIONS);
  const trained = russianRankerFile(data, RU_OPTIONS, {});
  assert.equal(trained.bias, committed.bias);
  assert.deepEqual(trained.weights, committed.weights);
  assert.equal(trained.threshold, committed.threshold);
});
