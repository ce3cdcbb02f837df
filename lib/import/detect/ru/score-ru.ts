// Check-worthiness of a Russian candidate: the Russian ranker (trained on the annotated Russian
// corpus by `npm run train:ranker-ru`, claim-ranker-ru.json) over claimFeaturesRu.
import { contributions } from "@/lib/checkworthy/linear-model";
import type { Lexicon } from "../../lexicon";
import type { Candidate } from "../candidates";
import { loadRanker, rankerProbability, type ClaimRankerFile } from "../ranker-model";
import { LOWERING } from "../reason-labels";
import { MIN_REASON_WEIGHT } from "../thresholds";
import { claimFeaturesRu } from "./claim-features-ru";
import rankerFile from "./claim-ranker-ru.json" with { type: "json" };

export const rankerRu = loadRanker(rankerFile as unknown as ClaimRankerFile);

// The English ranker's names for the cues that lower a score, plus those that raise one.
const REASONS: Record<string, string> = {
  "specific:quantity": "number",
  "specific:time": "time anchor",
  "specific:names": "named entity",
  "specific:denial": "denial",
  "specific:event": "event",
  "kind:comparison": "comparison",
  "kind:causal": "causal",
  "kind:law": "law or policy",
  ...LOWERING,
};

export function scoreClaimRu(
  candidate: Candidate,
  lex: Lexicon,
  ranker = rankerRu,
): { score: number; reasons: string[] } {
  const features = claimFeaturesRu(candidate, lex);
  const parts = contributions(ranker, features).filter(
    ([name, v]) => REASONS[name] && Math.abs(v) >= MIN_REASON_WEIGHT,
  );
  const raising = parts.filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
  const lowering = parts.filter(([, v]) => v < 0).sort((a, b) => a[1] - b[1]);
  return {
    score: rankerProbability(ranker, features),
    reasons: [
      ...raising.slice(0, 3).map(([n]) => REASONS[n]!),
      ...lowering.slice(0, 2).map(([n]) => REASONS[n]!),
    ],
  };
}
