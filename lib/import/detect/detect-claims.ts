import { attributeSentences } from "./attribute";
import { canonicalClaim } from "./canonical";
import { classifyKind } from "./classify-kind";
import { findParagraphs } from "./clean";
import { namedEntities } from "./features";
import { mergeShortSentences } from "./merge-short";
import { scoreClaim } from "./score-claim";
import { splitSentences } from "./sentences";
import { countryForms, speakerPatterns } from "./speaker-mentions";
import type { DetectedClaim, SpeakerRef } from "./types";

export type { ClaimKind, DetectedClaim, SpeakerRef } from "./types";

/** Candidates at or above this score are queued for the desk. */
export const DEFAULT_THRESHOLD = 0.42;

export interface DetectInput {
  text: string;
  speaker: SpeakerRef;
}

/** Every sentence the speaker said, scored; offsets point into `input.text` unchanged. */
export function detectClaims({ text, speaker }: DetectInput): DetectedClaim[] {
  const paragraphs = findParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const own = mergeShortSentences(text, attributeSentences(text, paragraphs, sentences, speaker));
  // The speaker and their own country are in nearly every sentence: they say nothing specific.
  const own_ = countryForms(speaker.country).map((f) => new RegExp(`\\b${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`));
  const names = [...speakerPatterns(speaker), ...own_];
  const claims = own.map((s): DetectedClaim => {
    const quote = text.slice(s.start, s.end);
    const entities = namedEntities(quote, names);
    const kind = classifyKind(quote, entities);
    const scored = scoreClaim({ quote, entities, attribution: s.attribution, hasQuestion: !!s.context, standfirst: s.standfirst });
    return {
      quote,
      start: s.start,
      end: s.end,
      claim: canonicalClaim(quote, speaker, s.context),
      kind: kind.kind,
      score: Math.round(scored.score * 1000) / 1000,
      reasons: [...new Set([...kind.reasons, ...scored.reasons])],
      ...(s.context ? { context: s.context } : {}),
      attribution: s.attribution,
    };
  });
  return dropRepeats(dropStandfirstQuotes(text, claims));
}

/** Only the candidates worth an editor's time. */
export function detectQueuedClaims(input: DetectInput, threshold = DEFAULT_THRESHOLD): DetectedClaim[] {
  return detectClaims(input).filter((c) => c.score >= threshold);
}

// A dek or standfirst quote ("The solution is …," X told JNS) is repeated later in the body;
// keep the later, fuller occurrence.
function dropStandfirstQuotes(text: string, claims: DetectedClaim[]): DetectedClaim[] {
  return claims.filter((c) => {
    const quoted = c.quote.match(/["“]([^"“”]{25,}?)[,.]?["”]/);
    return !quoted || text.indexOf(quoted[1]!.replace(/[,.]$/, ""), c.end) < 0;
  });
}

// Standfirsts repeat a quote from the body ("The solution is …," X told JNS); keep the body one.
function dropRepeats(claims: DetectedClaim[]): DetectedClaim[] {
  const key = (c: DetectedClaim) => c.claim.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().slice(0, 60);
  const last = new Map<string, DetectedClaim>();
  for (const c of claims) last.set(key(c), c);
  return claims.filter((c) => key(c).length < 30 || last.get(key(c)) === c);
}
