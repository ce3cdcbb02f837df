import { type Lexicon, perLexicon } from "../lexicon";
// "Thank you for the interview.", "Good morning.", "It was a pleasure.": said by the speaker (or
// a closing interviewer line a dash transcript hands them), but never a claim.
const pleasantry = perLexicon((lex) =>
  lex.language === "en"
    ? new RegExp(`^(?:and\\s+|well,?\\s+)?(?:${lex.pleasantries.join("|")})\\b`, "i")
    : // `\b` only knows ASCII letters.
      new RegExp(`^(?:${lex.pleasantries.join("|")})(?![\\p{L}])`, "iu"),
);

/** True when every sentence of the quote is a short pleasantry. */
export function onlyPleasantries(quote: string, lex: Lexicon): boolean {
  const sentences = quote
    .replace(/["“”]/g, "")
    .split(/(?<=[.!?])\s+/)
    .map((t) => t.replace(/^[—–-]\s*/, "").trim())
    .filter(Boolean);
  return (
    sentences.length > 0 &&
    sentences.every((t) => pleasantry(lex).test(t) && t.split(/\s+/).length <= 12)
  );
}
