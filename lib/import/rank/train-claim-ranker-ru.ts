// The Russian claim ranker's training (claim-ranker-ru.json): claimFeaturesRu over the annotated
// Russian articles, each read the way the desk reads it with `--speaker` given by name alone,
// its cut chosen for the must-recall target on out-of-fold scores and then moved onto
// the English threshold through the bias (one queueing threshold, the same queue decisions).
import { readFileSync } from "node:fs";
import type { ClaimRankerFile } from "@/lib/import/detect/ranker-model";
import { claimFeaturesRu } from "@/lib/import/detect/ru/claim-features-ru";
import { ranker as englishRanker } from "@/lib/import/detect/score-claim";
import { loadRussianCorpus, RUSSIAN_TRAINING_DIRS } from "@/lib/import/eval/annotated-corpus";
import { lexiconFor } from "@/lib/import/lexicon";
import { resolveSpeaker } from "@/lib/import/resolve-speaker";
import { labelArticles } from "./labelled-candidates";
import {
  type FeaturizedArticle,
  featurize,
  fitRanker,
  type RankerOptions,
} from "./train-claim-ranker";

export const RU_OPTIONS: RankerOptions = {
  l2: 0.01,
  mustWeight: 2,
  // Recall first: an editor dismisses a weak candidate in a second, a missed claim is never seen.
  targetRecall: 0.95,
  iterations: 1000,
};

const logit = (p: number) => Math.log(p / (1 - p));

/** Every annotated Russian article (dev and the seen held-out set), one CV group each. */
export async function russianTrainingData(root: string): Promise<FeaturizedArticle[]> {
  const ru = lexiconFor("ru");
  // The gold file's aliases are not used: the ranker ranks what a name alone finds.
  const articles = await Promise.all(
    loadRussianCorpus(root, RUSSIAN_TRAINING_DIRS).map(async (a) => {
      const text = readFileSync(a.path, "utf8");
      const { ref } = await resolveSpeaker(text, { name: a.speaker.name, language: "ru" });
      return { ...a, speaker: ref, genre: a.name };
    }),
  );
  return featurize(labelArticles(articles), (c) => claimFeaturesRu(c, ru));
}

/** The committed file: weights fitted on all of `data`, the bias shifted onto the English cut. */
export function russianRankerFile(
  data: FeaturizedArticle[],
  options: RankerOptions,
  figures: Record<string, unknown>,
): ClaimRankerFile {
  const fitted = fitRanker(data, options);
  const shift = logit(englishRanker.threshold) - logit(fitted.threshold);
  return {
    format: "claimdesk-claim-ranker/1",
    about:
      "Russian claim ranker: logistic regression over claimFeaturesRu, trained by scripts/train-claim-ranker-ru.ts on lib/import/corpus-ru and lib/import/heldout-ru; the cut is chosen for must-recall and the bias shifted so the English threshold is that cut.",
    training: {
      articles: data.map((d) => d.article.name),
      candidates: data.reduce((n, d) => n + d.features.length, 0),
      options,
      ...figures,
    },
    threshold: englishRanker.threshold,
    bias: +(fitted.bias + shift).toFixed(6),
    weights: [...fitted.weights]
      .filter(([, w]) => w !== 0)
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([n, w]) => [n, +w.toFixed(6)]),
  };
}
