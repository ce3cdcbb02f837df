// Check-worthiness as a ranking: how well out-of-fold scores put the speaker's 'must' sentences
// above the rest of their sentences (average precision, ROC AUC), leave-one-group-out.
import { rankerProbability } from "@/lib/import/detect/ranker-model";
import { fitRanker, type FeaturizedArticle, type RankerOptions } from "./train-claim-ranker";

export function checkworthinessFigures(
  data: FeaturizedArticle[],
  options: RankerOptions,
): { averagePrecision: number; auc: number; positives: number; total: number } {
  const scored: { score: number; must: boolean }[] = [];
  for (const group of new Set(data.map((d) => d.article.group))) {
    const weights = fitRanker(
      data.filter((d) => d.article.group !== group),
      options,
    );
    for (const held of data.filter((d) => d.article.group === group)) {
      held.features.forEach((f, i) => {
        scored.push({
          score: rankerProbability(weights, f),
          must: held.article.tiers[i] === "must",
        });
      });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const positives = scored.filter((s) => s.must).length;
  let hits = 0;
  let ap = 0;
  scored.forEach((s, i) => {
    if (s.must) ap += ++hits / (i + 1);
  });
  let below = 0;
  let pairs = 0;
  for (const s of [...scored].reverse()) {
    if (s.must) pairs += below;
    else below++;
  }
  const negatives = scored.length - positives;
  return {
    averagePrecision: positives ? ap / positives : 0,
    auc: positives && negatives ? pairs / (positives * negatives) : 0,
    positives,
    total: scored.length,
  };
}
