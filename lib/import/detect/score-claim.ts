import { contributions } from "@/lib/checkworthy/linear-model";
import type { Lexicon } from "../lexicon";
import type { Candidate } from "./candidates";
import { claimFeatures } from "./claim-features";
import { scoreSentence } from "../../checkworthy/score";
// Trained by `npm run train:ranker` (scripts/train-claim-ranker.ts); a static import works under
// tsx and inside the Next.js server bundle alike.
import rankerFile from "./claim-ranker.json" with { type: "json" };
import { loadRanker, rankerProbability, type ClaimRankerFile } from "./ranker-model";
import { LOWERING } from "./reason-labels";
import { MIN_REASON_WEIGHT } from "./thresholds";
import { scoreClaimRu } from "./ru/score-ru";

// JSON imports type [name, weight] pairs as plain arrays, hence the double cast.
export const ranker = loadRanker(rankerFile as unknown as ClaimRankerFile);

/**
 * Check-worthiness of a candidate: the ranker combines the CLEF-trained sentence model with
 * interview cues (names, figures, dates, denials raise it; stances, platitudes, hedges lower it).
 */
export function scoreClaim(
  candidate: Candidate,
  lex: Lexicon,
): { score: number; reasons: string[] } {
  // Russian has its own ranker, over the language-neutral feature groups (ru/score-ru.ts).
  if (lex.language === "ru") return scoreClaimRu(candidate, lex);
  const sentence = scoreSentence(candidate.quote);
  const features = claimFeatures(candidate, lex, sentence.score);
  const lowering = contributions(ranker, features)
    .filter(([name, v]) => LOWERING[name] && v <= -MIN_REASON_WEIGHT)
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => LOWERING[name]!);
  return {
    score: rankerProbability(ranker, features),
    reasons: [...sentence.reasons, ...lowering.slice(0, 2)],
  };
}
