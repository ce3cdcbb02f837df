import { EN } from "../lexicon";
// "Thank you for the interview.", "Good morning.", "It was a pleasure.": said by the speaker (or
// a closing interviewer line a dash transcript hands them), but never a claim.
const PLEASANTRY = new RegExp(`^(?:and\\s+|well,?\\s+)?(?:${EN.pleasantries.join("|")})\\b`, "i");

/** True when every sentence of the quote is a short pleasantry. */
export function onlyPleasantries(quote: string): boolean {
  const sentences = quote
    .replace(/["“”]/g, "")
    .split(/(?<=[.!?])\s+/)
    .map((t) => t.replace(/^[—–-]\s*/, "").trim())
    .filter(Boolean);
  return (
    sentences.length > 0 &&
    sentences.every((t) => PLEASANTRY.test(t) && t.split(/\s+/).length <= 12)
  );
}
