import { findCandidates, type Candidate } from "./candidates";
import { classifyKind } from "./classify-kind";
import { onlyPleasantries } from "./pleasantry";
import { ranker, scoreClaim } from "./score-claim";
import { type Lexicon, lexiconFor } from "../lexicon";
import type { ClaimKind, DetectedClaim, SpeakerRef } from "./types";

export type { ClaimKind, DetectedClaim, SpeakerRef } from "./types";

/** Candidates at or above this score are queued for the desk (chosen when the ranker is trained). */
export const DEFAULT_THRESHOLD = ranker.threshold;

export interface DetectInput {
  text: string;
  speaker: SpeakerRef;
  /** The article's language (ISO 639-1), which selects the lexicon; English when not given. */
  language?: string;
}

/** Kind, check-worthiness score (3 decimals) and the reasons for both, of one candidate. */
export function assessCandidate(
  c: Candidate,
  lex: Lexicon,
): {
  kind: ClaimKind;
  score: number;
  reasons: string[];
} {
  const kind = classifyKind(c.quote, c.entities, lex);
  // Pleasantries score nothing, so no threshold queues them (the ranker never sees them either way).
  const scored = onlyPleasantries(c.quote, lex)
    ? { score: 0, reasons: ["courtesy"] }
    : scoreClaim(c, lex);
  return {
    kind: kind.kind,
    score: Math.round(scored.score * 1000) / 1000,
    reasons: [...new Set([...kind.reasons, ...scored.reasons])],
  };
}

/** Every sentence the speaker said, scored; offsets point into `input.text` unchanged. */
export function detectClaims({ text, speaker, language = "en" }: DetectInput): DetectedClaim[] {
  const lexicon = lexiconFor(language);
  return findCandidates(text, speaker, lexicon).map(
    (c): DetectedClaim => ({
      quote: c.quote,
      start: c.start,
      end: c.end,
      claim: c.claim,
      ...assessCandidate(c, lexicon),
      ...(c.context ? { context: c.context } : {}),
      attribution: c.attribution,
    }),
  );
}

/** Only the candidates worth an editor's time. */
export function detectQueuedClaims(
  input: DetectInput,
  threshold = DEFAULT_THRESHOLD,
): DetectedClaim[] {
  return detectClaims(input).filter((c) => c.score >= threshold);
}
