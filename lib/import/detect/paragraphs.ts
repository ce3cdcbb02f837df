import type { Span } from "./types";

/** Non-empty lines with their offsets into the original text; each line is one paragraph. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

export const QUOTE_OPEN = /["“„«]/;
export const TERMINAL = /[.!?…]["”»’')\]]*$/;
