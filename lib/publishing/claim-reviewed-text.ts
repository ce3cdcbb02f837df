// ClaimReview's claimReviewed must stay under 75 characters (Google's fact-check guidance).
export const CLAIM_REVIEWED_MAX = 74;

/**
 * A suggestion cut at the last word boundary that leaves room for the ellipsis, never mid-word
 * (only a single word longer than `max` has to be cut inside).
 */
export function shortenClaim(text: string, max = CLAIM_REVIEWED_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  // The space at index ≤ max - 1 ends a whole word of at most max - 1 characters: room for "…".
  const lastSpace = clean.lastIndexOf(" ", max - 1);
  const head = lastSpace > 0 ? clean.slice(0, lastSpace) : clean.slice(0, max - 1);
  return `${head.replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** The editor's short text when it fits, else the canonical text when it fits, else null. */
export function fittingClaimText(
  shortText: string | null | undefined,
  canonicalText: string,
): string | null {
  for (const candidate of [shortText, canonicalText]) {
    const clean = candidate?.replace(/\s+/g, " ").trim();
    if (clean && clean.length <= CLAIM_REVIEWED_MAX) return clean;
  }
  return null;
}

/** What goes into claimReviewed: a fitting text, or a derived short form so the markup stays valid. */
export function claimReviewedText(
  shortText: string | null | undefined,
  canonicalText: string,
): string {
  return fittingClaimText(shortText, canonicalText) ?? shortenClaim(shortText || canonicalText);
}

/** What the short-text fields start with: the editor's text, else a fitting or shortened claim. */
export function suggestedShortText(shortText: string | null | undefined, canonicalText: string) {
  return shortText?.trim() || fittingClaimText(null, canonicalText) || shortenClaim(canonicalText);
}
