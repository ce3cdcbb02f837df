// "Thank you for the interview.", "Good morning.", "It was a pleasure.": said by the speaker (or
// a closing interviewer line a dash transcript hands them), but never a claim.
const PLEASANTRY = /^(?:and\s+|well,?\s+)?(?:thank(?:s| you)|good (?:morning|afternoon|evening|day)|(?:it was|it's|it is) (?:a|my) pleasure|my pleasure|(?:you are|you're) welcome|hello|nice to (?:meet|see) you|goodbye)\b/i;

/** True when every sentence of the quote is a short pleasantry. */
export function onlyPleasantries(quote: string): boolean {
  const sentences = quote.replace(/["“”]/g, "").split(/(?<=[.!?])\s+/).map((t) => t.replace(/^[—–-]\s*/, "").trim()).filter(Boolean);
  return sentences.length > 0 && sentences.every((t) => PLEASANTRY.test(t) && t.split(/\s+/).length <= 12);
}
