// The stored claim ranker: logistic regression weights plus the queueing threshold.
import type { Features } from "@/lib/checkworthy/features";
import { margin, sigmoid } from "@/lib/checkworthy/linear-model";

/** claim-ranker.json. Weights are [name, weight] pairs sorted by name. */
export interface ClaimRankerFile {
  format: "claimdesk-claim-ranker/1";
  about: string;
  training: Record<string, unknown>;
  /** Candidates at or above this probability are queued. */
  threshold: number;
  bias: number;
  weights: [string, number][];
}

export type RankerWeights = { bias: number; weights: Map<string, number>; threshold: number };

export function loadRanker(file: ClaimRankerFile): RankerWeights {
  if (file.format !== "claimdesk-claim-ranker/1")
    throw new Error(`unsupported claim ranker format "${file.format}"`);
  return { bias: file.bias, weights: new Map(file.weights), threshold: file.threshold };
}

export const rankerProbability = (ranker: RankerWeights, features: Features) =>
  sigmoid(margin(ranker, features));
