// Derived claim fields: a readable unique slug and the short wording ClaimReview needs.

/** ClaimReview's claimReviewed must stay under 75 characters. */
export const SHORT_TEXT_MAX = 74;

/** "russia-is-not-assisting-hamas-with-military-equipment-3f9a2c1b": words + a short id. */
export function claimSlug(canonicalText: string, claimId: string): string {
  const words = canonicalText
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\$/g, " dollars ")
    .replace(/%/g, " percent ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  let base = "";
  for (const w of words) {
    if ((base ? base.length + 1 : 0) + w.length > 60) break;
    base = base ? `${base}-${w}` : w;
  }
  const shortId = claimId.replace(/-/g, "").slice(0, 8);
  return base ? `${base}-${shortId}` : `claim-${shortId}`;
}

/** The canonical text when it fits, otherwise cut at a word boundary with an ellipsis. */
export function claimShortText(canonicalText: string): string {
  const text = canonicalText.replace(/\s+/g, " ").trim();
  if (text.length <= SHORT_TEXT_MAX) return text;
  const room = text.slice(0, SHORT_TEXT_MAX - 1);
  const cut = room.lastIndexOf(" ");
  return `${(cut > 30 ? room.slice(0, cut) : room).replace(/[\s,;:.–—-]+$/, "")}…`;
}
