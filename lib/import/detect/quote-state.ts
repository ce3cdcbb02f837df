import { BRITISH_QUOTES_MIN } from "./thresholds";
const OPEN = new Set(["“", "„", "«"]);
const CLOSE = new Set(["”", "»"]);

/**
 * Whether a quotation is open at the end of `segment`, given the state at its start.
 * Curly quotes say which way they face; straight quotes toggle.
 */
export function quoteOpenAfter(segment: string, openAtStart: boolean): boolean {
  let open = openAtStart;
  for (const ch of segment) {
    if (OPEN.has(ch)) open = true;
    else if (CLOSE.has(ch)) open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

/** Spans of quotations that open and close inside `text` (offsets relative to `text`). */
export function closedQuoteSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const opens = OPEN.has(ch) || (ch === '"' && openAt < 0);
    const closes = CLOSE.has(ch) || (ch === '"' && openAt >= 0);
    if (closes && openAt >= 0) {
      spans.push({ start: openAt, end: i + 1 });
      openAt = -1;
    } else if (opens) openAt = i;
  }
  return spans;
}

/** Replaces quoted words with spaces so speech-verb patterns only see the narration. */
export function maskQuotes(text: string): string {
  let out = text;
  for (const s of closedQuoteSpans(text)) {
    out = out.slice(0, s.start) + " ".repeat(s.end - s.start) + out.slice(s.end);
  }
  return out;
}

// British style: ‘single quotes’ for speech, “double” inside them. Apostrophes ("don’t",
// "officers’") look the same, so a single mark counts as a quotation mark only at a word edge.
const SINGLE_OPEN = /(^|[\s([—–-])['‘](?=[^\s'‘’])/gmu;
const DOUBLE_OPEN = /(^|[\s([—–-])["“](?=\S)/gmu;

/**
 * The text as detection reads it: in an article quoted in British style, single quotation
 * marks become double ones and the nested double ones single, character for character, so every
 * offset still points into the original. Other articles are returned unchanged.
 */
export function quoteView(text: string): string {
  const singles = [...text.matchAll(SINGLE_OPEN)].length;
  const doubles = [...text.matchAll(DOUBLE_OPEN)].length;
  if (singles < BRITISH_QUOTES_MIN || singles <= doubles) return text;
  // Every mark here is one UTF-16 code unit, so replacing code units keeps the offsets.
  const out = text.split("");
  let open = false;
  for (let i = 0; i < out.length; i++) {
    const ch = out[i]!;
    if (ch === "\n" && out[i + 1] === "\n") open = false; // a new paragraph reopens its quote
    if (ch === "“") out[i] = "‘";
    else if (ch === "”") out[i] = "’";
    else if (ch === '"') out[i] = "'";
    else if (
      (ch === "‘" || ch === "'") &&
      !open &&
      /(^|[\s([—–-])$/.test(i ? text[i - 1]! : "") &&
      /[^\s'‘’]/.test(text[i + 1] ?? " ")
    ) {
      out[i] = "“";
      open = true;
    } else if (
      (ch === "’" || ch === "'") &&
      open &&
      /\S/.test(text[i - 1] ?? " ") &&
      /^($|[\s,.;:!?)\]—–-])/.test(text[i + 1] ?? "")
    ) {
      out[i] = "”";
      open = false;
    }
  }
  return out.join("");
}

/**
 * Russian quotation marks nest: «… „…“ …» (or «… «…» …»). The detector tracks one level, so the
 * inner pair becomes ‘…’ (which it does not count), and a lone „…“ pair becomes «…», character
 * for character: every offset still points into the original.
 */
export function nestedQuoteView(text: string): string {
  const out = text.split("");
  let depth = 0;
  let lowOpen = false; // a „…“ pair opened outside guillemets
  for (let i = 0; i < out.length; i++) {
    const ch = out[i]!;
    if (ch === "\n") {
      depth = 0; // a new paragraph starts with no quotation open
      lowOpen = false;
    } else if (ch === "«") {
      if (depth > 0 || lowOpen) out[i] = "‘";
      depth++;
    } else if (ch === "»") {
      if (depth > 1 || (depth === 1 && lowOpen)) out[i] = "’";
      depth = Math.max(0, depth - 1);
    } else if (ch === "„") {
      if (depth > 0 || lowOpen) out[i] = "‘";
      else {
        out[i] = "«";
        lowOpen = true;
      }
    } else if (ch === "“" || ch === "”") {
      if (depth > 0) out[i] = "’";
      else if (lowOpen) {
        out[i] = "»";
        lowOpen = false;
      }
    }
  }
  return out.join("");
}
