import { findParagraphs } from "./clean";
import { splitSentences } from "./sentences";
import { isCommonCapitalised } from "./speaker-mentions";
import { SPEECH_VERB } from "./speech-verbs";
import { maskQuotes } from "./quote-state";
import { readTurn } from "./turns";
import type { SpeakerRef } from "./types";

// Capitalised words on one line ("Lucia Ferraz", not "Lucia Ferraz\n\nThe").
const NAME = /[A-Z][\p{L}’'-]+(?:[ \t\u00A0]+[A-Z][\p{L}’'-]+)+/gu;
const PRONOUN_TAG = /\b(?:he|she)\s+(?:also\s+)?$/i;

// Titles run into names ("Japanese Trade Minister Yuki Tanaka"): keep the last two words.
const TITLE_WORD = /^(?:ambassador|minister|president|secretary|mayor|senator|governor|general|envoy|spokes\w+|chairman|representative|premier|chancellor|king|queen|prince|judge)$/i;

function cleanName(raw: string): string | undefined {
  const all = raw.split(/\s+/);
  while (all.length > 2 && isCommonCapitalised(all[all.length - 1]!)) all.pop(); // "… Viktorov On"
  const words = all.slice(-2);
  if (words.some((w) => isCommonCapitalised(w) || /[’']s$/.test(w) || TITLE_WORD.test(w))) return undefined;
  return words.join(" ");
}

function mostFrequentName(text: string): SpeakerRef | undefined {
  const seen = new Map<string, number>();
  for (const m of text.matchAll(NAME)) {
    const name = cleanName(m[0]);
    if (name) seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  const best = [...seen].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? { name: best[0], aliases: [best[0].split(" ").pop()!] } : undefined;
}

/**
 * The person the article quotes most: full names next to speech verbs ("X said", "said X",
 * "according to X") plus later surname-only tags, and answer labels in transcripts.
 */
export function mostQuotedPerson(text: string): SpeakerRef | undefined {
  const paragraphs = findParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  // Names from outside the sentences (a headline, a caption) are tried only when the sentences
  // name nobody who speaks: otherwise captions would put "AP Photo" in the running.
  return quotedPerson(text, paragraphs, sentences, false) ?? quotedPerson(text, paragraphs, sentences, true) ?? mostFrequentName(text);
}

function quotedPerson(
  text: string,
  paragraphs: ReturnType<typeof findParagraphs>,
  sentences: ReturnType<typeof splitSentences>,
  namesFromWholeText: boolean,
): SpeakerRef | undefined {
  const counts = new Map<string, number>();
  const fullName = new Map<string, string>();
  const bump = (surname: string, n = 1) => counts.set(surname, (counts.get(surname) ?? 0) + n);
  if (namesFromWholeText) {
    for (const m of text.matchAll(NAME)) {
      const name = cleanName(m[0]);
      if (name) fullName.set(name.split(/\s+/).pop()!, fullName.get(name.split(/\s+/).pop()!) ?? name);
    }
  }
  let lastQuoted: string | undefined;
  for (const s of sentences) {
    const masked = maskQuotes(text.slice(s.start, s.end));
    for (const m of masked.matchAll(NAME)) {
      const name = cleanName(m[0]);
      if (name) fullName.set(name.split(/\s+/).pop()!, fullName.get(name.split(/\s+/).pop()!) ?? name);
    }
    for (const v of masked.matchAll(SPEECH_VERB)) {
      const around = masked.slice(Math.max(0, v.index! - 60), v.index! + v[0].length + 40);
      const named = [...fullName.keys()].filter((surname) => new RegExp(`\\b${surname}\\b`).test(around));
      for (const surname of named) bump(surname);
      if (named.length) lastQuoted = named[named.length - 1];
      else if (lastQuoted && PRONOUN_TAG.test(masked.slice(0, v.index!))) bump(lastQuoted);
    }
  }
  const labels = new Map<string, string>();
  for (const p of paragraphs) {
    const label = readTurn(text.slice(p.start, p.end)).label;
    let surname = label?.split(/\s+/).pop();
    // A title label ("Ambassador:") stands for the person introduced with that title.
    if (label && TITLE_WORD.test(surname!)) {
      const intro = new RegExp(`\\b${label}\\b[^.\\n]{0,40}?\\b(${[...fullName.keys()].join("|") || "$^"})\\b`, "i").exec(text);
      surname = intro?.[1];
      if (surname) labels.set(surname, label);
    }
    if (surname && fullName.has(surname)) bump(surname);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best) return undefined;
  const name = fullName.get(best[0])!;
  const label = labels.get(best[0]);
  return { name, aliases: label ? [best[0], `the ${label.toLowerCase()}`] : [best[0]] };
}
