import { escapeRegExp } from "./escape-regexp";
import { attributeSentences } from "./attribute";
import { canonicalClaim } from "./canonical";
import { dropRepeats } from "./drop-repeats";
import { findParagraphs } from "./clean";
import { hasQuantity, namedEntities } from "./features";
import { mergeShortSentences } from "./merge-short";
import { quoteView } from "./quote-state";
import { splitSentences } from "./sentences";
import { speakerMentions } from "./speaker-mentions";
import { type Lexicon, perLexicon } from "../lexicon";
import { tokenize } from "@/lib/checkworthy/features";
import type { Attribution, Paragraph, SpeakerRef } from "./types";
import { candidateFromQuoteRu, findCandidatesRu } from "./ru/candidates-ru";

/** A sentence (or short run of sentences) the speaker said, before it is scored. */
export interface Candidate {
  quote: string;
  /** Self-contained wording an editor can publish. */
  claim: string;
  start: number;
  end: number;
  attribution: Attribution;
  /** The interviewer's question, for Q&A answers. */
  context?: string;
  /** Names, places and organisations other than the speaker and their own country. */
  entities: string[];
  /** First of the speaker's sentences in its answer (Q&A) or paragraph (reported story). */
  leads: boolean;
  /** What the headline and standfirst share with the quote (what the story is about), when known. */
  topic?: { overlap: number; figure: boolean };
  /** Place among the speaker's sentences of its answer or paragraph (0: first), and whether the one before gave a figure. */
  sequence?: { index: number; afterFigure: boolean };
}

/** Content words of the article's first two paragraphs (headline, standfirst). */
function topicWords(text: string, paragraphs: Paragraph[], lex: Lexicon): Set<string> {
  const top = paragraphs
    .filter((p) => !p.furniture)
    .slice(0, 2)
    .map((p) => text.slice(p.start, p.end))
    .join(" ");
  return new Set(contentWords(top, lex));
}

const stopWords = perLexicon((lex) => new Set(lex.stopWords));
const contentWords = (s: string, lex: Lexicon) =>
  tokenize(s).filter((w) => /\d/.test(w) || (w.length >= 4 && !stopWords(lex).has(w)));

function topicOf(quote: string, topic: Set<string>, lex: Lexicon): Candidate["topic"] {
  const words = contentWords(quote, lex);
  if (!words.length) return { overlap: 0, figure: false };
  const shared = words.filter((w) => topic.has(w));
  return {
    overlap: shared.length / words.length,
    figure: shared.some((w) => /\d/.test(w)),
  };
}

/** The speaker and their own country are in nearly every sentence: they say nothing specific. */
function ownNames(speaker: SpeakerRef, lex: Lexicon): RegExp[] {
  const { countryForms, speakerPatterns } = speakerMentions(lex);
  return [
    ...speakerPatterns(speaker),
    ...countryForms(speaker.country).map((f) => new RegExp(`\\b${escapeRegExp(f)}\\b`)),
  ];
}

/**
 * A quote the detector did not find itself (an editor's clip, a claim said on TV, a desk
 * decision) as a candidate, so it is worded and scored like the ones it finds.
 */
export function candidateFromQuote(
  quote: string,
  speaker: SpeakerRef,
  lex: Lexicon,
  {
    context,
    attribution = "direct-quote",
    leads = false,
  }: { context?: string; attribution?: Attribution; leads?: boolean } = {},
): Candidate {
  if (lex.language === "ru")
    return candidateFromQuoteRu(quote, speaker, lex, {
      start: 0,
      end: quote.length,
      attribution,
      ...(context ? { context } : {}),
      leads,
    });
  return {
    quote,
    claim: canonicalClaim(quote, speaker, lex, context),
    start: 0,
    end: quote.length,
    attribution,
    ...(context ? { context } : {}),
    entities: namedEntities(quote, lex, ownNames(speaker, lex)),
    leads,
  };
}

/**
 * The speaker's own statements in an article. A reporter's summary ahead of a Q&A transcript
 * is left out: the answers below it say the same thing first-hand.
 */
export function findCandidates(original: string, speaker: SpeakerRef, lex: Lexicon): Candidate[] {
  if (lex.language === "ru") return findCandidatesRu(original, speaker, lex);
  // Structure is read from the quote view; quotes are cut from the original (same offsets).
  const text = quoteView(original);
  const paragraphs = findParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  const own = mergeShortSentences(
    text,
    attributeSentences(text, paragraphs, sentences, speaker, lex),
    lex,
  ).filter((s) => !s.standfirst);
  const names = ownNames(speaker, lex);
  const topic = topicWords(text, paragraphs, lex);
  let index = 0;
  const candidates = own.map((s, i): Candidate => {
    const prev = own[i - 1];
    const quote = original.slice(s.start, s.end);
    const leads =
      s.attribution === "qa-answer" ? prev?.context !== s.context : prev?.paragraph !== s.paragraph;
    index = leads ? 0 : index + 1;
    const afterFigure =
      !leads && prev !== undefined && hasQuantity(original.slice(prev.start, prev.end), lex);
    return {
      quote,
      claim: canonicalClaim(quote, speaker, lex, s.context),
      start: s.start,
      end: s.end,
      attribution: s.attribution,
      ...(s.context ? { context: s.context } : {}),
      entities: namedEntities(quote, lex, names),
      leads,
      topic: topicOf(quote, topic, lex),
      sequence: { index, afterFigure },
    };
  });
  return dropRepeats(original, candidates);
}
