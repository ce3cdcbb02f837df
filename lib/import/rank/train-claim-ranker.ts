// Fits the claim ranker (a small logistic regression over lib/import/detect/claim-features.ts)
// and estimates how it does on genres it has not seen by leave-one-genre-out CV.
import type { Features } from "@/lib/checkworthy/features";
import { trainLogistic } from "@/lib/checkworthy/train-logistic";
import { claimFeatures } from "@/lib/import/detect/claim-features";
import { EN } from "@/lib/import/lexicon";
import { rankerProbability, type RankerWeights } from "@/lib/import/detect/ranker-model";
import { combine, scoreArticle, type EvalResult } from "@/lib/import/eval/score";
import type { Candidate } from "@/lib/import/detect/candidates";
import type { LabelledArticle, Tier } from "./labelled-candidates";

export interface RankerOptions {
  l2: number;
  /** Loss weight of a candidate matching a 'must' claim; 'ok' matches and misses weigh 1. */
  mustWeight: number;
  /** The threshold keeps at least this share of the out-of-fold 'must' candidates. */
  targetRecall: number;
  iterations: number;
  /** Loss weight per genre (default 1): the desk's own speaker's genre may count for more. */
  genreWeights?: Record<string, number>;
}

export interface FeaturizedArticle {
  article: LabelledArticle;
  features: Features[];
}

/** Desk decisions train but are never scored: they have no complete gold. */
export const DESK_GROUP = "desk";

export const featurize = (
  articles: LabelledArticle[],
  featuresOf: (c: Candidate) => Features = (c) => claimFeatures(c, EN),
): FeaturizedArticle[] =>
  articles.map((article) => ({
    article,
    features: article.candidates.map(featuresOf),
  }));

const groupsOf = (data: FeaturizedArticle[]) =>
  [...new Set(data.map((d) => d.article.group))].filter((g) => g !== DESK_GROUP);

function fitWeights(data: FeaturizedArticle[], options: RankerOptions): RankerWeights {
  const tiers: Tier[] = data.flatMap((d) => d.article.tiers);
  const genreWeight = data.flatMap((d) =>
    d.article.tiers.map(() => options.genreWeights?.[d.article.group] ?? 1),
  );
  const trained = trainLogistic(
    data.flatMap((d) => d.features),
    tiers.map((t) => (t === "none" ? 0 : 1)),
    {
      l2: options.l2,
      positiveWeight: 1,
      minCount: 2,
      iterations: options.iterations,
      learningRate: 0.05,
    },
    tiers.map((t, i) => (t === "must" ? options.mustWeight : 1) * genreWeight[i]!),
  );
  return { bias: trained.bias, weights: trained.weights, threshold: 0.5 };
}

/**
 * Weights from all of `data`; the threshold from out-of-fold scores (each genre scored by a fit
 * on the others), because in-sample scores of 'must' candidates are flattering.
 */
export function fitRanker(data: FeaturizedArticle[], options: RankerOptions): RankerWeights {
  const mustScores = groupsOf(data)
    .flatMap((group) => {
      const w = fitWeights(
        data.filter((d) => d.article.group !== group),
        options,
      );
      return data
        .filter((d) => d.article.group === group)
        .flatMap((held) =>
          held.features
            .filter((_, i) => held.article.tiers[i] === "must")
            .map((f) => rankerProbability(w, f)),
        );
    })
    .sort((a, b) => b - a);
  const keep = Math.ceil(options.targetRecall * mustScores.length);
  return { ...fitWeights(data, options), threshold: mustScores[keep - 1] ?? 0.5 };
}

/** Queued quotes of one article, scored against its gold. */
export function evaluate(weights: RankerWeights, d: FeaturizedArticle): EvalResult {
  const quotes = d.article.candidates
    .filter((_, i) => rankerProbability(weights, d.features[i]!) >= weights.threshold)
    .map((c) => c.quote);
  return scoreArticle(quotes, d.article.gold);
}

export interface CrossValidation {
  precision: number;
  recall: number;
  folds: {
    name: string;
    result: EvalResult & { precision: number; recall: number };
    threshold: number;
  }[];
}

/** Each genre is scored by a ranker (threshold included) fitted on all the other genres (and the desk's decisions). */
export function crossValidate(data: FeaturizedArticle[], options: RankerOptions): CrossValidation {
  const folds = groupsOf(data).map((group) => {
    const weights = fitRanker(
      data.filter((d) => d.article.group !== group),
      options,
    );
    const held = data.filter((d) => d.article.group === group);
    return {
      name: group,
      result: combine(held.map((d) => evaluate(weights, d))),
      threshold: weights.threshold,
    };
  });
  const total = combine(folds.map((f) => f.result));
  return { precision: total.precision, recall: total.recall, folds };
}
