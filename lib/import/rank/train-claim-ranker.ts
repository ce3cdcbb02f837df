// Fits the claim ranker (a small logistic regression over lib/import/detect/claim-features.ts)
// and estimates how it does on articles it has not seen by leave-one-article-out CV.
import type { Features } from "@/lib/checkworthy/features";
import { trainLogistic } from "@/lib/checkworthy/train-logistic";
import { claimFeatures } from "@/lib/import/detect/claim-features";
import { rankerProbability, type RankerWeights } from "@/lib/import/detect/ranker-model";
import { combine, scoreArticle, type EvalResult } from "@/lib/import/eval/score";
import type { LabelledArticle, Tier } from "./labelled-candidates";

export interface RankerOptions {
  l2: number;
  /** Loss weight of a candidate matching a 'must' claim; 'ok' matches and misses weigh 1. */
  mustWeight: number;
  /** The threshold keeps at least this share of the training 'must' candidates. */
  targetRecall: number;
  iterations: number;
}

export interface FeaturizedArticle {
  article: LabelledArticle;
  features: Features[];
}

export const featurize = (articles: LabelledArticle[]): FeaturizedArticle[] =>
  articles.map((article) => ({ article, features: article.candidates.map((c) => claimFeatures(c)) }));

function fitWeights(data: FeaturizedArticle[], options: RankerOptions): RankerWeights {
  const tiers: Tier[] = data.flatMap((d) => d.article.tiers);
  const trained = trainLogistic(
    data.flatMap((d) => d.features),
    tiers.map((t) => (t === "none" ? 0 : 1)),
    { l2: options.l2, positiveWeight: 1, minCount: 2, iterations: options.iterations, learningRate: 0.05 },
    tiers.map((t) => (t === "must" ? options.mustWeight : 1)),
  );
  return { bias: trained.bias, weights: trained.weights, threshold: 0.5 };
}

/**
 * Weights from all of `data`; the threshold from out-of-fold scores (each article scored by a
 * fit on the others), because in-sample scores of 'must' candidates are flattering.
 */
export function fitRanker(data: FeaturizedArticle[], options: RankerOptions): RankerWeights {
  const mustScores = data
    .flatMap((held) => {
      const w = fitWeights(data.filter((d) => d !== held), options);
      return held.features.filter((_, i) => held.article.tiers[i] === "must").map((f) => rankerProbability(w, f));
    })
    .sort((a, b) => b - a);
  const keep = Math.ceil(options.targetRecall * mustScores.length);
  return { ...fitWeights(data, options), threshold: mustScores[keep - 1] ?? 0.5 };
}

/** Queued quotes of one article, scored against its gold. */
export function evaluate(weights: RankerWeights, d: FeaturizedArticle): EvalResult {
  const quotes = d.article.candidates.filter((_, i) => rankerProbability(weights, d.features[i]!) >= weights.threshold).map((c) => c.quote);
  return scoreArticle(quotes, d.article.gold);
}

export interface CrossValidation {
  precision: number;
  recall: number;
  folds: { name: string; result: EvalResult; threshold: number }[];
}

/** Each article is scored by a ranker (threshold included) fitted on all the others. */
export function crossValidate(data: FeaturizedArticle[], options: RankerOptions): CrossValidation {
  const folds = data.map((held) => {
    const weights = fitRanker(data.filter((d) => d !== held), options);
    return { name: held.article.name, result: evaluate(weights, held), threshold: weights.threshold };
  });
  const total = combine(folds.map((f) => f.result));
  return { precision: total.precision, recall: total.recall, folds };
}
