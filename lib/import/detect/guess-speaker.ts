import type { Lexicon } from "../lexicon";
import { speakerGuesses } from "./most-quoted-person";
import { authorOf, isFirstPersonProse } from "./authored";
import { findParagraphs } from "./clean";
import { quoteView } from "./quote-state";
import { splitSentences } from "./sentences";
import { readTurn } from "./turns";
import { speakerRoles } from "./speaker-role";
import type { SpeakerRef } from "./types";
import { guessSpeakerRu } from "./ru/guess-speaker-ru";
import { MIN_TRANSCRIPT_TURNS } from "./thresholds";

/** For an article nobody named the speaker of: its author (op-ed, speech) or the person it quotes most, as it introduces them. */
export function guessSpeaker(text: string, lex: Lexicon): SpeakerRef | undefined {
  const russian = lex.language === "ru" ? guessSpeakerRu(text, lex) : undefined;
  if (russian) return russian;
  const { introducedAuthor, mostQuotedPerson } = speakerGuesses(lex);
  const view = quoteView(text);
  const paragraphs = findParagraphs(view);
  // Transcripts answer in the first person too: an author only for prose without turns.
  const turns = paragraphs.filter((p) => {
    if (p.furniture || p.heading) return false; // "Photo: …", "Full text: …" are not turns
    const t = readTurn(view.slice(p.start, p.end));
    return t.dash || t.label;
  }).length;
  const authored =
    turns < MIN_TRANSCRIPT_TURNS &&
    isFirstPersonProse(view, paragraphs, splitSentences(view, paragraphs), lex);
  const quoted =
    (authored && (authorOf(view, lex) ?? introducedAuthor(view))) || mostQuotedPerson(view);
  return quoted && speakerRoles(lex).withIntroducedRole(text, quoted);
}
