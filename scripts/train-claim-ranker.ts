// Trains the claim ranker on every annotated article in the repo (seeds/ and the genre
// fixtures) and writes lib/import/detect/claim-ranker.json. Variants are compared by
// leave-one-article-out CV; the chosen one is refitted on all articles, deterministically.
//
//   npm run train:ranker [-- --per-fold] [--out PATH]
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { ClaimRankerFile } from "../lib/import/detect/ranker-model";
import { loadLabelledArticles } from "../lib/import/rank/labelled-candidates";
import { crossValidate, featurize, fitRanker, type RankerOptions } from "../lib/import/rank/train-claim-ranker";
import { loadSeedManifest } from "../lib/import/seed-manifest";

const DEFAULT_OUT = fileURLToPath(new URL("../lib/import/detect/claim-ranker.json", import.meta.url));
const ITERATIONS = 1000;
// Every variant tried is kept here, so the choice can be rerun and audited.
const VARIANTS: (RankerOptions & { name: string })[] = [0.003, 0.01, 0.03].flatMap((l2) =>
  [1, 2].flatMap((mustWeight) =>
    [0.97].map((targetRecall) => ({ name: `l2=${l2} must×${mustWeight} keep ${targetRecall}`, l2, mustWeight, targetRecall, iterations: ITERATIONS })),
  ),
);
const round = (x: number) => Math.round(x * 1e6) / 1e6;
const fmt = (x: number) => x.toFixed(3);

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string", default: DEFAULT_OUT }, "per-fold": { type: "boolean", default: false } } });
  const root = process.cwd();
  const articles = [
    ...loadLabelledArticles(join(root, "seeds"), "seed-claims.gold.json", await loadSeedManifest(join(root, "seeds", "manifest.json"))),
    ...loadLabelledArticles(join(root, "lib/import/__tests__/fixtures"), "fixtures.gold.json"),
  ];
  const data = featurize(articles);
  const count = (t: string) => articles.reduce((a, x) => a + x.tiers.filter((y) => y === t).length, 0);
  console.log(`${articles.length} articles, ${count("must") + count("ok") + count("none")} candidates (${count("must")} must, ${count("ok")} ok, ${count("none")} none)`);
  console.log("\nleave-one-article-out CV     precision  recall");
  const results = VARIANTS.map((variant) => {
    const cv = crossValidate(data, variant);
    console.log(`${variant.name.padEnd(28)} ${fmt(cv.precision)}      ${fmt(cv.recall)}`);
    if (values["per-fold"]) {
      for (const f of cv.folds) {
        const r = f.result;
        console.log(`    ${f.name.padEnd(44)} p=${fmt(r.tp / Math.max(1, r.tp + r.fp))} r=${r.mustHit}/${r.mustTotal} t=${fmt(f.threshold)}`);
      }
    }
    return { variant, cv };
  });
  // Best precision among variants that keep must-recall ≥ 0.95; failing that, best recall.
  const good = results.filter((r) => r.cv.recall >= 0.95);
  const best = (good.length ? good : results).reduce((a, b) =>
    (good.length ? b.cv.precision > a.cv.precision : b.cv.recall > a.cv.recall) ? b : a);
  const { name, ...options } = best.variant;
  const trained = fitRanker(data, options);
  const file: ClaimRankerFile = {
    format: "claimdesk-claim-ranker/1",
    about: "Second-stage claim ranker over lib/import/detect/claim-features.ts; regenerate with `npm run train:ranker`.",
    training: {
      articles: articles.map((a) => a.name),
      variant: { name, ...options },
      crossValidation: { method: "leave-one-article-out", precision: round(best.cv.precision), recall: round(best.cv.recall) },
    },
    threshold: round(trained.threshold),
    bias: round(trained.bias),
    weights: [...trained.weights].map(([n, w]): [string, number] => [n, round(w)]).sort((a, b) => a[0].localeCompare(b[0])),
  };
  writeFileSync(values.out!, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`\nchose ${name}; wrote ${values.out} (threshold ${fmt(trained.threshold)})`);
  for (const [n, w] of file.weights.slice().sort((a, b) => b[1] - a[1])) console.log(`  ${w.toFixed(3).padStart(7)}  ${n}`);
}

await main();
