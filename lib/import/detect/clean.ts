import { splitParagraphs, TERMINAL } from "./paragraphs";
import {
  AUTHOR_NOTE,
  DELIVERY_NOTE,
  CAPTION_START,
  GALLERY,
  NAG,
  NAVIGATION,
  PHOTO_CREDIT_LINE,
  TRAILING_CREDIT,
} from "./furniture-patterns";
import type { Paragraph } from "./types";
import { CAPTION_MAX_CHARS, HEADING_MAX_CHARS } from "./thresholds";

const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;

/** A line in the other script: Cyrillic in an English article, Latin in a Russian one. */
function isForeignScript(line: string, language: string): boolean {
  const cyr = line.match(CYRILLIC)?.length ?? 0;
  const lat = line.match(LATIN)?.length ?? 0;
  if (language === "ru") return lat > 0 && lat > cyr;
  return cyr > 0 && cyr >= lat;
}

/** A standalone fully quoted line without terminal punctuation: a pull quote or sub-heading. */
function isPullQuote(line: string): boolean {
  const m = /^["“«'‘](.+)["”»'’]$/.exec(line);
  if (!m) return false;
  const inner = m[1]!;
  return !/["“”«»]/.test(inner) && !TERMINAL.test(inner);
}

/**
 * A transcript's stage direction or editor's note on a line of its own: "[The Chief Executive was
 * introduced by …]", "(The briefing was concluded at 1:52 p.m.)", "[00:12:31]".
 */
function isStageDirection(line: string): boolean {
  return /^\[[^[\]]*\]$/.test(line) || (/^\([^()]*\)$/.test(line) && !/[“"]/.test(line));
}

/** "(photo credit: X)" on a line of its own. */
function isBareCredit(line: string): boolean {
  return /^\(.*\)$/.test(line) && TRAILING_CREDIT.test(line);
}

function isHeading(line: string): boolean {
  // "— What is behind it": a dash interview's question need not end with punctuation.
  if (/^[—–]\s/.test(line)) return false;
  // Sentences end with punctuation; headlines, kickers, bylines and captions usually do not.
  // Markdown emphasis is not punctuation: "**Q: Will prices fall?**" is a sentence.
  const bare = line.replace(/[*_]+$/, "");
  return !TERMINAL.test(bare) && !/[:;,]$/.test(bare) && line.length < HEADING_MAX_CHARS;
}

/**
 * Marks page furniture by line. Offsets are never changed: the caller skips flagged ranges,
 * so every candidate still points into the original text.
 */
export function findParagraphs(text: string, language = "en"): Paragraph[] {
  const spans = splitParagraphs(text);
  const lines = spans.map((s) => text.slice(s.start, s.end));
  const flags = lines.map((line, i) => {
    if (NAVIGATION.test(line) || GALLERY.test(line)) return "nav";
    if (isStageDirection(line)) return "stage";
    if (PHOTO_CREDIT_LINE.test(line) || isBareCredit(line)) return "credit";
    if (TRAILING_CREDIT.test(line) || CAPTION_START.test(line)) return "caption";
    if (NAG.some((re) => re.test(line))) return "nag";
    if (AUTHOR_NOTE.test(line)) return "author";
    if (DELIVERY_NOTE.test(line)) return "delivery";
    if (isForeignScript(line, language)) return "foreign";
    if (i > 0 && line === lines[i - 1]) return "duplicate";
    if (isPullQuote(line) || isHeading(line)) return "heading";
    return "";
  });
  // A caption sits right above a credit line of its own.
  flags.forEach((flag, i) => {
    if (flag !== "credit") return;
    for (let j = i - 1; j >= Math.max(0, i - 2) && !flags[j]; j--) {
      if (lines[j]!.length < CAPTION_MAX_CHARS) flags[j] = "caption";
    }
  });
  // Everything between two nag lines belongs to the same paywall / donation box.
  const nags = flags.flatMap((f, i) => (f === "nag" ? [i] : []));
  if (nags.length >= 2) for (let i = nags[0]!; i <= nags[nags.length - 1]!; i++) flags[i] ||= "nag";
  return spans.map((s, index) => ({
    ...s,
    index,
    furniture: flags[index] !== "",
    heading: flags[index] === "heading",
    foreign: flags[index] === "foreign",
  }));
}

/** Ranges of the original text that detection must ignore. */
export function furnitureRanges(text: string): { start: number; end: number }[] {
  return findParagraphs(text)
    .filter((p) => p.furniture)
    .map(({ start, end }) => ({ start, end }));
}
