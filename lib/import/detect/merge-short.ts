import { type Lexicon, perLexicon } from "../lexicon";
import type { AttributedSentence } from "./attribute";
import {
  FOLLOW_UP_MAX_WORDS,
  MAX_QUOTE_CHARS,
  MERGED_MAX_WORDS,
  QUOTATION_MAX_CHARS,
  SHORT_SENTENCE_WORDS,
} from "./thresholds";

/**
 * Joins a very short sentence ("Nonsense.", "It's not true.") to the next one of the same
 * answer or quotation, so a candidate carries a checkable statement rather than an interjection.
 */
export function mergeShortSentences(
  text: string,
  sentences: AttributedSentence[],
  lex: Lexicon,
): AttributedSentence[] {
  const out: AttributedSentence[] = [];
  let pending: AttributedSentence | null = null;
  for (const s of sentences) {
    const cur: AttributedSentence =
      pending && adjacent(text, pending, s) ? { ...s, start: pending.start } : s;
    if (pending && cur === s) out.push(pending);
    pending = null;
    const words = text.slice(cur.start, cur.end).split(/\s+/).length;
    const isShort = text.slice(s.start, s.end).split(/\s+/).length < SHORT_SENTENCE_WORDS;
    if (isShort && words < MERGED_MAX_WORDS) pending = cur;
    else out.push(cur);
  }
  if (pending) out.push(pending);
  return joinQuotations(text, attachFollowUps(text, out, lex));
}

/**
 * The sentences of one short quotation ("‘Ninety-six. The club lost £2.8 million.’") are one
 * statement as the reporter gave it: one candidate, up to QUOTATION_MAX_CHARS.
 */
function joinQuotations(text: string, sentences: AttributedSentence[]): AttributedSentence[] {
  const out: AttributedSentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (
      prev &&
      s.quotation !== undefined &&
      prev.quotation === s.quotation &&
      adjacent(text, prev, s) &&
      s.end - prev.start <= QUOTATION_MAX_CHARS
    )
      out[out.length - 1] = { ...prev, end: s.end };
    else out.push(s);
  }
  return out;
}

// "This is confirmed by the Israeli side.", "Three years ago it was 21 percent.": a sentence that
// only makes sense with the one before it belongs to the same claim.
const followUp = perLexicon((lex) => new RegExp(`^(?:${lex.followUpOpeners.join("|")})`, "iu"));

function attachFollowUps(
  text: string,
  sentences: AttributedSentence[],
  lex: Lexicon,
): AttributedSentence[] {
  const out: AttributedSentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const raw = text.slice(s.start, s.end);
    if (
      prev &&
      followUp(lex).test(raw) &&
      raw.split(/\s+/).length < FOLLOW_UP_MAX_WORDS &&
      adjacent(text, prev, s)
    ) {
      out[out.length - 1] = { ...prev, end: s.end };
    } else out.push(s);
  }
  return out;
}

function adjacent(text: string, a: AttributedSentence, b: AttributedSentence): boolean {
  return (
    a.paragraph === b.paragraph &&
    a.attribution === b.attribution &&
    /^\s*$/.test(text.slice(a.end, b.start)) &&
    b.end - a.start <= MAX_QUOTE_CHARS
  );
}
