// ClaimReview's claimReviewed must stay under 75 characters (Google's fact-check guidance).
export const CLAIM_REVIEWED_MAX = 74;

/** A word-boundary shortening with an ellipsis; only a suggestion or a last resort. */
export function shortenClaim(text: string, max = CLAIM_REVIEWED_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  const head = (lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, "");
  return `${head}…`;
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
