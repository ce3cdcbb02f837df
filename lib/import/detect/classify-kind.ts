import { type Lexicon, perLexicon } from "../lexicon";
import { hasQuantity, hasTimeAnchor } from "./features";
import type { ClaimKind } from "./types";

export interface KindResult {
  kind: ClaimKind;
  reasons: string[];
}

/** Claim type plus the cues that were seen, in the order an editor would care about them. */
export function classifyKind(text: string, entities: string[], lex: Lexicon): KindResult {
  const CUES = lex.cues;
  const reasons: string[] = [];
  const quantity = hasQuantity(text, lex);
  const time = hasTimeAnchor(text, lex);
  if (quantity) reasons.push("number");
  if (CUES.denialStrong.test(text) || CUES.negation.test(text)) reasons.push("denial");
  if (CUES.comparison.test(text)) reasons.push("comparison");
  if (CUES.causal.test(text)) reasons.push("causal");
  if (CUES.law.test(text)) reasons.push("law or policy");
  if (entities.length) reasons.push("named entity");
  if (time) reasons.push("time anchor");
  if (CUES.eventVerb.test(text)) reasons.push("event");
  if (CUES.prediction.test(text)) reasons.push("prediction");
  if (CUES.opinionStrong.test(text)) reasons.push("opinion");
  if (CUES.firstPersonExperience.test(text)) reasons.push("first-person experience");
  return { kind: pickKind(text, quantity, time, lex), reasons };
}

// "despite all the speculations" mentions a rumour; "these are speculations" denies one.
const denial = perLexicon(
  (lex) => new RegExp(lex.cues.denialStrong.source.replace("|speculations?", ""), "i"),
);
const CALLED_SPECULATION = /\b(?:is|are|was|were|just|mere|pure)\s+(?:\w+\s+)?speculations?\b/i;
// What is to come: "We will balance the budget by 2027", "The crossing will open in 2027".
const FUTURE = /\b(?:will|shall|going to|plans? to|intends? to)\b/i;

function pickKind(text: string, quantity: boolean, time: boolean, lex: Lexicon): ClaimKind {
  const CUES = lex.cues;
  if (quantity) return "quantity";
  if (denial(lex).test(text) || CALLED_SPECULATION.test(text)) return "denial";
  if (CUES.opinionStrong.test(text)) return "opinion";
  if (CUES.negation.test(text)) return "denial";
  if (CUES.causal.test(text)) return "causal";
  if (CUES.comparison.test(text)) return "comparison";
  if (CUES.law.test(text)) return "law";
  if (FUTURE.test(text)) return "prediction";
  if (time || CUES.eventVerb.test(text)) return "event";
  if (CUES.prediction.test(text)) return "prediction";
  return "opinion";
}
