import { split } from "sentence-splitter";
import { quoteOpenAfter } from "./quote-state";
import { readTurn } from "./turns";
import type { Paragraph, Sentence, Span } from "./types";
import { MAX_SENTENCE_CHARS } from "./thresholds";

function librarySentences(text: string, offset: number): Span[] {
  // Most news paragraphs are one sentence. The library reads character by character and is
  // the detector's main cost, so a paragraph with no terminator before its end skips it (the
  // result is the same: tested in sentences.test.ts).
  if (text.length > 0 && text === text.trim() && !/[.!?…\n]/.test(text.slice(0, -1))) {
    return [{ start: offset, end: offset + text.length }];
  }
  return split(text)
    .filter((n) => n.type === "Sentence")
    .map((n) => ({ start: offset + n.range[0], end: offset + n.range[1] }));
}

// The library keeps `.” Then` together and splits `U.N. said` (or `тыс. человек`); fix both in
// the same pass. Russian closes quotations with » and starts sentences with Cyrillic capitals.
function refine(text: string, spans: Span[], language: string): Span[] {
  const ru = language === "ru";
  const merged: Span[] = [];
  for (const s of spans) {
    const prev = merged[merged.length - 1];
    const raw = text.slice(s.start, s.end);
    if (prev && (/^[a-z]/.test(raw) || (ru && /^[а-яё\d]/.test(raw)))) prev.end = s.end;
    else merged.push({ ...s });
  }
  return merged
    .flatMap((s) =>
      splitAt(text, s, ru ? /[.!?…]["”’»]\s+(?=[«„“"А-ЯЁA-Z—–])/g : /[.!?]["”’]\s+(?=[“"A-Z])/g),
    )
    .flatMap((s) =>
      splitAt(text, s, ru ? /(?<=\d)[.!?]\s+(?=[А-ЯЁ][а-яё])/g : /(?<=\d)[.!?]\s+(?=[A-Z][a-z])/g),
    );
}

function splitAt(text: string, s: Span, re: RegExp): Span[] {
  const out: Span[] = [];
  const raw = text.slice(s.start, s.end);
  let from = 0;
  for (const m of raw.matchAll(re)) {
    const cut = m.index! + m[0].trimEnd().length;
    out.push({ start: s.start + from, end: s.start + cut });
    from = m.index! + m[0].length;
  }
  out.push({ start: s.start + from, end: s.end });
  return out;
}

/** Over-long sentences are cut at clause boundaries so a candidate stays a sentence or two. */
function capLength(text: string, s: Span): Span[] {
  if (s.end - s.start <= MAX_SENTENCE_CHARS) return [s];
  const raw = text.slice(s.start, s.end);
  const mid = raw.length / 2;
  let best = -1;
  for (const m of raw.matchAll(/[;:–—]\s|,\s(?=(and|but|while|which|as|because|including)\b)/g)) {
    if (best < 0 || Math.abs(m.index! - mid) < Math.abs(best - mid)) best = m.index!;
  }
  if (best < 0) return [s];
  const left = { start: s.start, end: s.start + best + 1 };
  const right = { start: s.start + best + 2, end: s.end };
  return [...capLength(text, left), ...capLength(text, right)];
}

export function splitSentences(text: string, paragraphs: Paragraph[], language = "en"): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    if (p.furniture) continue;
    const body = text.slice(p.start, p.end);
    const offset = p.start + readTurn(body).markerLength;
    const spans = refine(
      text,
      librarySentences(text.slice(offset, p.end), offset),
      language,
    ).flatMap((s) => capLength(text, s));
    let open = false;
    for (const s of spans) {
      const after = quoteOpenAfter(text.slice(s.start, s.end), open);
      out.push({ ...s, paragraph: p.index, inQuoteAtStart: open, inQuoteAtEnd: after });
      open = after;
    }
  }
  return out;
}
