import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import rankerJson from "@/lib/import/detect/claim-ranker.json" with { type: "json" };
import type { ClaimRankerFile } from "@/lib/import/detect/ranker-model";
import { loadAnnotatedCorpus } from "@/lib/import/eval/annotated-corpus";
import { labelArticles } from "@/lib/import/rank/labelled-candidates";
import { featurize, fitRanker, type RankerOptions } from "@/lib/import/rank/train-claim-ranker";
import { loadSeedManifest } from "@/lib/import/seed-manifest";

const committed = rankerJson as unknown as ClaimRankerFile;
const round = (x: number) => Math.round(x * 1e6) / 1e6;

test("the committed claim-ranker.json is what `npm run train:ranker -- --write` produces (without desk decisions)", async () => {
  const root = process.cwd();
  const folders = (committed.training.trainedOn as string[] | undefined) ?? [
    "seeds",
    "fixtures",
    "corpus",
  ];
  const corpus = loadAnnotatedCorpus(
    root,
    await loadSeedManifest(join(root, "seeds", "manifest.json")),
  );
  const byArticle =
    (committed.training.crossValidation as { method: string }).method === "leave-one-article-out";
  const articles = labelArticles(corpus.filter((a) => folders.includes(a.name.split("/")[0]!))).map(
    (a) => (byArticle ? { ...a, group: a.name } : a),
  );
  assert.deepEqual(
    articles.map((a) => a.name),
    committed.training.articles,
    "retrain after adding annotated articles",
  );
  const trained = fitRanker(featurize(articles), committed.training.variant as RankerOptions);
  assert.equal(round(trained.threshold), committed.threshold);
  assert.equal(round(trained.bias), committed.bias);
  assert.deepEqual(
    [...trained.weights]
      .map(([n, w]) => [n, round(w)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    committed.weights,
  );
});
