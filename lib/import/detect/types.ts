export type ClaimKind =
  | "quantity"
  | "denial"
  | "causal"
  | "comparison"
  | "event"
  | "law"
  | "prediction"
  | "opinion";

export type Attribution =
  | "direct-quote"
  | "reported"
  | "reported-continuation"
  | "qa-answer"
  /** An op-ed or speech by the speaker: their own first-person text. */
  | "authored";

export interface SpeakerRef {
  name: string;
  aliases: string[];
  country?: string;
}

export interface DetectedClaim {
  /** Exact source span: quote === text.slice(start, end). */
  quote: string;
  start: number;
  end: number;
  /** Self-contained wording an editor can publish. */
  claim: string;
  kind: ClaimKind;
  /** 0..1 check-worthiness. */
  score: number;
  reasons: string[];
  /** The interviewer's question, for Q&A answers. */
  context?: string;
  attribution: Attribution;
}

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
  /** Page furniture (captions, nags, headings): never a claim. */
  furniture: boolean;
  /** Headlines, sub-heads and pull quotes: they end an interview answer. */
  heading: boolean;
  /** A line in another script (Cyrillic in an English article): skipped, and reported. */
  foreign: boolean;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Quote state carried in from the previous sentence (open quotation). */
  inQuoteAtStart: boolean;
  inQuoteAtEnd: boolean;
}
