// Ranking metrics as computed by the CLEF-2019 CheckThat! Task 1 scorer: within one debate,
// sentences are ranked by score (ties keep document order, like Python's stable sort), and
// MAP is the mean over debates of the average precision.

/** Indices of `scores` ordered best first; ties keep their original order. */
export function rankByScore(scores: number[]): number[] {
  return scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
}

/** Sum of precision at each relevant rank, divided by the number of relevant items. */
export function averagePrecision(labels: number[], scores: number[]): number {
  const positives = labels.filter((l) => l === 1).length;
  if (positives === 0) return 0;
  let found = 0;
  let sum = 0;
  rankByScore(scores).forEach((index, rank) => {
    if (labels[index] === 1) {
      found++;
      sum += found / (rank + 1);
    }
  });
  return sum / positives;
}

/** Share of relevant items among the top k (k fixed, as in the scorer, even if fewer exist). */
export function precisionAtK(labels: number[], scores: number[], k: number): number {
  const top = rankByScore(scores).slice(0, k);
  return top.filter((i) => labels[i] === 1).length / k;
}

/** Precision at R, where R is the number of relevant items. */
export function rPrecision(labels: number[], scores: number[]): number {
  const positives = labels.filter((l) => l === 1).length;
  return positives === 0 ? 0 : precisionAtK(labels, scores, positives);
}

export type RankingReport = { averagePrecision: number; precisionAt10: number; rPrecision: number };

export function rankingReport(labels: number[], scores: number[]): RankingReport {
  return {
    averagePrecision: averagePrecision(labels, scores),
    precisionAt10: precisionAtK(labels, scores, 10),
    rPrecision: rPrecision(labels, scores),
  };
}
