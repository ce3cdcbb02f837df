import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import rankerJson from "@/lib/import/detect/claim-ranker.json" with { type: "json" };
import type { ClaimRankerFile } from "@/lib/import/detect/ranker-model";
import { loadLabelledArticles } from "@/lib/import/rank/labelled-candidates";
import { featurize, fitRanker, type RankerOptions } from "@/lib/import/rank/train-claim-ranker";
import { loadSeedManifest } from "@/lib/import/seed-manifest";

const committed = rankerJson as unknown as ClaimRankerFile;
const round = (x: number) => Math.round(x * 1e6) / 1e6;

test("the committed claim-ranker.json is what `npm run train:ranker` produces", async () => {
  const root = process.cwd();
  const articles = [
    ...loadLabelledArticles(join(root, "seeds"), "seed-claims.gold.json", await loadSeedManifest(join(root, "seeds", "manifest.json"))),
    ...loadLabelledArticles(join(root, "lib/import/__tests__/fixtures"), "fixtures.gold.json"),
  ];
  assert.deepEqual(articles.map((a) => a.name), committed.training.articles, "retrain after adding annotated articles");
  const trained = fitRanker(featurize(articles), committed.training.variant as RankerOptions);
  assert.equal(round(trained.threshold), committed.threshold);
  assert.equal(round(trained.bias), committed.bias);
  assert.deepEqual([...trained.weights].map(([n, w]) => [n, round(w)]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))), committed.weights);
});
