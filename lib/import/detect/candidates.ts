import { escapeRegExp } from "./escape-regexp";
import { attributeSentences } from "./attribute";
import { canonicalClaim } from "./canonical";
import { dropRepeats } from "./drop-repeats";
import { findParagraphs } from "./clean";
import { namedEntities } from "./features";
import { mergeShortSentences } from "./merge-short";
import { quoteView } from "./quote-state";
import { splitSentences } from "./sentences";
import { speakerMentions } from "./speaker-mentions";
import type { Lexicon } from "../lexicon";
import type { Attribution, SpeakerRef } from "./types";
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
  const candidates = own.map((s, i): Candidate => {
    const prev = own[i - 1];
    const quote = original.slice(s.start, s.end);
    const leads =
      s.attribution === "qa-answer" ? prev?.context !== s.context : prev?.paragraph !== s.paragraph;
    return {
      quote,
      claim: canonicalClaim(quote, speaker, lex, s.context),
      start: s.start,
      end: s.end,
      attribution: s.attribution,
      ...(s.context ? { context: s.context } : {}),
      entities: namedEntities(quote, lex, names),
      leads,
    };
  });
  return dropRepeats(original, candidates);
}
