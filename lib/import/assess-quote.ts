// A quote the detector did not pick (an editor's clip, a claim said on TV) gets the kind, score
// and wording detectClaims gives the sentences it finds, from the same detector functions.
import type { ClaimKind } from "../generated/prisma/enums";
import { findCandidates, type Candidate } from "./detect/candidates";
import { canonicalClaim } from "./detect/canonical";
import { classifyKind } from "./detect/classify-kind";
import { namedEntities } from "./detect/features";
import { onlyPleasantries } from "./detect/pleasantry";
import { scoreClaim } from "./detect/score-claim";
import { countryForms, speakerPatterns } from "./detect/speaker-mentions";
import type { Attribution, SpeakerRef } from "./detect/types";

export interface AssessedQuote {
  /** The detector's wording (canonicalClaim), the editor's starting point. */
  canonicalText: string;
  kind: ClaimKind;
  score: number;
  reasons: string[];
  /** The question a Q&A answer replies to. */
  context: string | null;
}

interface QuoteInput {
  quote: string;
  speaker: SpeakerRef;
  context?: string;
  /** How the quote is tied to the speaker; an editor vouching for it is like a direct quote. */
  attribution?: Attribution;
  leads?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function assessQuote({ quote, speaker, context, attribution = "direct-quote", leads = false }: QuoteInput): AssessedQuote {
  // The speaker and their own country say nothing specific (as in findCandidates).
  const names = [...speakerPatterns(speaker), ...countryForms(speaker.country).map((f) => new RegExp(`\\b${escape(f)}\\b`))];
  const candidate: Candidate = {
    quote,
    claim: canonicalClaim(quote, speaker, context),
    start: 0,
    end: quote.length,
    attribution,
    ...(context ? { context } : {}),
    entities: namedEntities(quote, names),
    leads,
  };
  const kind = classifyKind(quote, candidate.entities);
  const scored = onlyPleasantries(quote) ? { score: 0, reasons: ["courtesy"] } : scoreClaim(candidate);
  return {
    canonicalText: candidate.claim,
    kind: kind.kind.toUpperCase() as ClaimKind,
    score: Math.round(scored.score * 1000) / 1000,
    reasons: [...new Set([...kind.reasons, ...scored.reasons])],
    context: context ?? null,
  };
}

/** A span of an article: the question and attribution of the speaker's sentence it overlaps. */
export function assessArticleSpan(text: string, start: number, end: number, speaker: SpeakerRef): AssessedQuote {
  const around = findCandidates(text, speaker).find((c) => c.start < end && start < c.end);
  return assessQuote({ quote: text.slice(start, end), speaker, context: around?.context, attribution: around?.attribution, leads: around?.leads });
}
