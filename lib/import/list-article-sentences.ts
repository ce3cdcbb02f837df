// The article as a list of sentences, for adding a claim with the keyboard ("Add" per sentence)
// instead of selecting text with the mouse. Page furniture and headings are left out.
import { findParagraphs } from "./detect/clean";
import { splitSentences } from "./detect/sentences";
import { trimSpan } from "./text-span";

interface ClaimSpan {
  startOffset: number | null;
  endOffset: number | null;
}

export function listArticleSentences(text: string, claims: ClaimSpan[]) {
  const paragraphs = findParagraphs(text);
  const furniture = new Set(paragraphs.filter((p) => p.furniture).map((p) => p.index));
  return splitSentences(text, paragraphs)
    .filter((s) => !furniture.has(s.paragraph))
    .map((s) => trimSpan(text, s))
    .filter((s) => s.end > s.start)
    .map(({ start, end }) => ({
      start,
      end,
      text: text.slice(start, end),
      claimed: claims.some((c) => c.startOffset === start && c.endOffset === end),
    }));
}

export type ArticleSentence = ReturnType<typeof listArticleSentences>[number];
