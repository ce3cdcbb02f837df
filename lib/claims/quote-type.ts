// How a claim's words may be shown to readers: the one place that decides whether a span is the
// speaker's own words (a quotation) or the reporter's account of them (reported speech).
// Every reader-facing output — public page, PDF, CSV, JSON, ClaimReview — goes through it.
import { EN } from "../import/lexicon";
import { quoteView } from "../import/detect/quote-state";

export const QUOTE_TYPES = ["direct", "reported", "transcript", "editor"] as const;
export type QuoteType = (typeof QUOTE_TYPES)[number];

export interface QuotePresentation {
  quoteType: QuoteType;
  /** What to show: the speaker's words (quotation) or the reporter's sentence (reported). */
  text: string;
  /** true: show inside quotation marks; false: "Reported by <outlet>: …", never in marks. */
  quotation: boolean;
}

export interface QuoteSource {
  quote: string;
  attribution: string | null;
  /** The article and the span's offsets in it, when the claim has one. */
  article?: { text: string; start: number | null; end: number | null } | null;
}

const OPEN = new Set(["“", "„", "«"]);
const CLOSE = new Set(["”", "»"]);
const SPEECH_WORD = new RegExp(
  `\\b(?:${[...EN.speechVerbs, ...EN.speechParticiples].join("|")})\\b`,
  "i",
);
/** An attribution tag between or around quoted words: "he said", "Viktorov added". */
const TAG_MAX_WORDS = 6;

function isTag(narration: string): boolean {
  const words = narration.replace(/[^\p{L}\p{N}'’-]+/gu, " ").trim();
  if (!words) return true;
  const count = words.split(/\s+/).length;
  return count <= TAG_MAX_WORDS && SPEECH_WORD.test(words) && !/\bthat\b/i.test(words);
}

interface Segment {
  quoted: boolean;
  text: string;
}

/**
 * The span cut at its quotation marks. `view` is the article as detection reads it (British
 * single quotes turned into double ones, offsets unchanged); words are taken from `original`.
 */
function segments(original: string, view: string, start: number, end: number): Segment[] {
  const paragraphStart = view.lastIndexOf("\n", start - 1) + 1;
  let open = false;
  for (const ch of view.slice(paragraphStart, start)) {
    if (OPEN.has(ch)) open = true;
    else if (CLOSE.has(ch)) open = false;
    else if (ch === '"') open = !open;
  }
  const out: Segment[] = [{ quoted: open, text: "" }];
  for (let i = start; i < end; i++) {
    const ch = view[i]!;
    const mark = OPEN.has(ch) || CLOSE.has(ch) || ch === '"';
    if (mark) {
      open = OPEN.has(ch) ? true : CLOSE.has(ch) ? false : !open;
      if (out[out.length - 1]!.quoted !== open) out.push({ quoted: open, text: "" });
      continue;
    }
    out[out.length - 1]!.text += original[i];
  }
  return out.filter((s) => s.text.trim() !== "");
}

/** The speaker's words when the rest of the span is only attribution tags; otherwise null. */
function speakerWords(parts: Segment[]): string | null {
  const quoted = parts.filter((s) => s.quoted);
  if (quoted.length === 0) return null;
  if (!parts.every((s) => s.quoted || isTag(s.text))) return null;
  return quoted
    .map((s) => s.text.trim())
    .join(" ")
    .replace(/[,;:]$/, "")
    .trim();
}

// Exports walk many claims of one article in a row: read each article's quotation marks once.
let lastView: { text: string; view: string } | null = null;
function viewOf(text: string): string {
  if (lastView?.text !== text) lastView = { text, view: quoteView(text) };
  return lastView.view;
}

function spanOf(source: QuoteSource): {
  original: string;
  view: string;
  start: number;
  end: number;
} {
  const a = source.article;
  if (
    a &&
    a.start != null &&
    a.end != null &&
    a.text.slice(a.start, a.end).trim() === source.quote.trim()
  ) {
    return { original: a.text, view: viewOf(a.text), start: a.start, end: a.end };
  }
  return {
    original: source.quote,
    view: quoteView(source.quote),
    start: 0,
    end: source.quote.length,
  };
}

/** The importer's attribution (lib/import/detect/types.ts, or "editor") as a quote type. */
export function quoteTypeOfAttribution(attribution: string | null): QuoteType {
  switch (attribution) {
    case "qa-answer":
      return "transcript";
    case "direct-quote":
    case "authored":
      return "direct";
    case "editor":
      return "editor";
    default:
      // "reported", "reported-continuation", and rows from before attribution was recorded:
      // never put words in a speaker's mouth we cannot show they said.
      return "reported";
  }
}

export function presentQuote(source: QuoteSource): QuotePresentation {
  const whole = source.quote.trim();
  const type = quoteTypeOfAttribution(source.attribution);
  // A transcript's answer turn and an op-ed's or speech's own text are the speaker's words whole.
  if (type === "transcript" || source.attribution === "authored")
    return { quoteType: type, text: whole, quotation: true };
  const reported: QuotePresentation = { quoteType: "reported", text: whole, quotation: false };
  if (type === "reported") return reported;
  const span = spanOf(source);
  const parts = segments(span.original, span.view, span.start, span.end);
  const words = speakerWords(parts);
  if (words) return { quoteType: type, text: words, quotation: true };
  // An editor's quote with no marks at all is what the editor recorded as said (TV, a post…).
  if (type === "editor" && parts.every((s) => !s.quoted))
    return { quoteType: "editor", text: whole, quotation: true };
  return reported;
}

/** One line of text: “words” or "Reported by <outlet>: sentence". */
export function quoteLine(p: QuotePresentation, outlet: string): string {
  if (p.quotation) return `“${p.text}”`;
  return outlet ? `Reported by ${outlet}: ${p.text}` : `Reported: ${p.text}`;
}

/** What presentClaimQuote needs from a claim row, in a Prisma `select`. */
export const claimQuoteSelect = {
  quote: true,
  attribution: true,
  startOffset: true,
  endOffset: true,
  article: { select: { text: true } },
} as const;

export function presentClaimQuote(c: {
  quote: string;
  attribution: string | null;
  startOffset: number | null;
  endOffset: number | null;
  article: { text: string } | null;
}): QuotePresentation {
  return presentQuote({
    quote: c.quote,
    attribution: c.attribution,
    article: c.article && { text: c.article.text, start: c.startOffset, end: c.endOffset },
  });
}
