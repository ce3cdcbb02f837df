// The Russian reading of an article: the same structure as findCandidates (paragraphs, turns,
// quotations, reported speech → candidates), with Russian quotation marks, case forms of the
// speaker's name and Russian speech verbs.
import type { Lexicon } from "../../lexicon";
import type { Candidate } from "../candidates";
import { findParagraphs } from "../clean";
import { dropRepeats } from "../drop-repeats";
import { mergeShortSentences } from "../merge-short";
import { nestedQuoteView } from "../quote-state";
import { splitSentences } from "../sentences";
import type { SpeakerRef } from "../types";
import { attributeSentencesRu } from "./attribute-ru";
import { canonicalClaimRu } from "./canonical-ru";
import { introducedRoles, ruSpeaker, type RuSpeaker } from "./speaker-forms";

const ENTITY = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;

/** Names, places and organisations in a Russian quote, minus the speaker and their country. */
export function namedEntitiesRu(text: string, lex: Lexicon, forms?: RuSpeaker): string[] {
  let masked = text;
  for (const re of [forms?.name, forms?.role, forms?.country]) {
    if (re) masked = masked.replace(new RegExp(re.source, "giu"), (m) => " ".repeat(m.length));
  }
  const notNames = new Set(lex.notNames);
  const found: string[] = [];
  for (const m of masked.matchAll(ENTITY)) {
    const words = m[0].split(/\s+/).filter((w) => !notNames.has(w));
    if (!words.length) continue;
    // Every sentence starts with a capital: a lone word there is a name only as an acronym.
    const before = masked.slice(0, m.index!);
    const sentenceStart = /(?:^|[.!?…]\s*)[\s«»"„“—–-]*$/u.test(before);
    if (sentenceStart && words.length === 1 && !/^\p{Lu}{2,}/u.test(words[0]!)) continue;
    found.push(words.join(" "));
  }
  return [...new Set(found)];
}

export function candidateFromQuoteRu(
  quote: string,
  speaker: SpeakerRef,
  lex: Lexicon,
  base: Omit<Candidate, "claim" | "entities" | "quote">,
): Candidate {
  const forms = ruSpeaker(speaker, lex);
  return {
    ...base,
    quote,
    claim: canonicalClaimRu(quote, lex, base.context),
    entities: namedEntitiesRu(quote, lex, forms),
  };
}

export function findCandidatesRu(original: string, speaker: SpeakerRef, lex: Lexicon): Candidate[] {
  // Inner quotation marks are read as single ones; offsets are unchanged.
  const text = nestedQuoteView(original);
  const paragraphs = findParagraphs(text, lex.language);
  const sentences = splitSentences(text, paragraphs, lex.language);
  const forms = ruSpeaker(speaker, lex, introducedRoles(text, speaker, lex));
  const own = mergeShortSentences(
    text,
    attributeSentencesRu(text, paragraphs, sentences, speaker, forms, lex),
    lex,
  ).filter((s) => !s.standfirst);
  const candidates = own.map((s, i): Candidate => {
    const prev = own[i - 1];
    const quote = original.slice(s.start, s.end);
    return {
      quote,
      claim: canonicalClaimRu(quote, lex, s.context),
      start: s.start,
      end: s.end,
      attribution: s.attribution,
      ...(s.context ? { context: s.context } : {}),
      entities: namedEntitiesRu(quote, lex, forms),
      leads:
        s.attribution === "qa-answer"
          ? prev?.context !== s.context
          : prev?.paragraph !== s.paragraph,
    };
  });
  return dropRepeats(original, candidates);
}
