// A quote the detector did not pick (an editor's clip, a claim said on TV) gets the kind, score
// and wording detectClaims gives the sentences it finds, from the same detector functions.
import type { ClaimKind } from "../generated/prisma/enums";
import { candidateFromQuote, findCandidates } from "./detect/candidates";
import { assessCandidate } from "./detect/detect-claims";
import { lexiconFor } from "./lexicon";
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
  /** The language the quote is in (the article's); English when not given. */
  language?: string;
}

export function assessQuote({
  quote,
  speaker,
  context,
  attribution = "direct-quote",
  leads = false,
  language = "en",
}: QuoteInput): AssessedQuote {
  const lexicon = lexiconFor(language);
  const candidate = candidateFromQuote(quote, speaker, lexicon, { context, attribution, leads });
  const assessed = assessCandidate(candidate, lexicon);
  return {
    canonicalText: candidate.claim,
    kind: assessed.kind.toUpperCase() as ClaimKind,
    score: assessed.score,
    reasons: assessed.reasons,
    context: context ?? null,
  };
}

/** A span of an article: the question and attribution of the speaker's sentence it overlaps. */
export function assessArticleSpan(
  text: string,
  start: number,
  end: number,
  speaker: SpeakerRef,
  language: string,
): AssessedQuote {
  const around = findCandidates(text, speaker, lexiconFor(language)).find(
    (c) => c.start < end && start < c.end,
  );
  return assessQuote({
    quote: text.slice(start, end),
    speaker,
    context: around?.context,
    attribution: around?.attribution,
    leads: around?.leads,
    language,
  });
}
