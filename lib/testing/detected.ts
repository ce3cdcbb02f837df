// A detector candidate for tests that import an article with candidates of their own choosing.
import type { DetectedClaim } from "../import/detect/detect-claims";

/** `quote` as a queued-quality candidate at its place in `text`. */
export function detectedCandidate(text: string, quote: string): DetectedClaim {
  const start = text.indexOf(quote);
  return {
    quote,
    start,
    end: start + quote.length,
    claim: quote,
    kind: "quantity",
    score: 0.9,
    reasons: ["number"],
    attribution: "direct-quote",
  };
}
