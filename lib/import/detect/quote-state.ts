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
