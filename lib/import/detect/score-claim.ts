import { CUES, hasQuantity, hasTimeAnchor } from "./features";
import { scoreSentence } from "./checkworthy-model";
import type { Attribution } from "./types";

const MODEL_WEIGHT = 0.35;
// A reporter already chose which quotes and paraphrases to print; a transcript keeps everything.
const ATTRIBUTION_PRIOR: Record<Attribution, number> = {
  "qa-answer": 0,
  "direct-quote": 0.08,
  reported: 0.08,
  "reported-continuation": 0.04,
};

export interface ScoreInput {
  quote: string;
  entities: string[];
  attribution: Attribution;
  hasQuestion: boolean;
  standfirst?: boolean;
}

/**
 * Combines the CLEF-trained sentence model with cues that matter for interviews: checkable
 * specifics (numbers, dates, names, denials) raise the score; opinions, hedges, courtesy,
 * questions and personal asides lower it.
 */
export function scoreClaim(input: ScoreInput): { score: number; reasons: string[] } {
  const q = input.quote;
  const words = q.split(/\s+/).length;
  let ling = 0.3;
  if (hasQuantity(q)) ling += 0.2;
  if (hasTimeAnchor(q)) ling += 0.12;
  if (CUES.denialStrong.test(q)) ling += 0.15;
  else if (CUES.negation.test(q)) ling += 0.08;
  ling += Math.min(input.entities.length, 3) * 0.06;
  if (CUES.eventVerb.test(q)) ling += 0.08;
  if (CUES.causal.test(q) || CUES.comparison.test(q) || CUES.law.test(q)) ling += 0.05;
  // Nothing an editor could look up: no name, figure, date or explicit denial.
  const specific =
    input.entities.length > 0 || hasQuantity(q) || hasTimeAnchor(q) || CUES.denialStrong.test(q) ||
    (CUES.negation.test(q) && CUES.eventVerb.test(q));
  if (!specific) ling -= 0.15;
  if (CUES.opinionStrong.test(q)) ling -= 0.15;
  if (CUES.hedge.test(q)) ling -= 0.15;
  if (CUES.firstPersonExperience.test(q)) ling -= 0.1;
  if (CUES.courtesy.test(q)) ling -= 0.3;
  if (/\?["”]?$/.test(q)) ling -= 0.3;
  if (words < 5 && !input.hasQuestion) ling -= 0.1;
  const model = scoreSentence(q);
  const combined = MODEL_WEIGHT * model.score + (1 - MODEL_WEIGHT) * ling + ATTRIBUTION_PRIOR[input.attribution] - (input.standfirst ? 0.15 : 0);
  return { score: Math.max(0, Math.min(1, combined)), reasons: model.reasons };
}
