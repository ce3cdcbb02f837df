// A browser selection as offsets into the article: the text is rendered in pieces that each
// carry their start (data-start); decorations between them ("… ") are not article text.
import type { TextSpan } from "@/lib/import/text-span";

export function selectionOffsets(
  container: HTMLElement,
  selection: Selection | null,
): TextSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  let start = -1;
  let end = -1;
  for (const piece of container.querySelectorAll<HTMLElement>("[data-start]")) {
    const node = piece.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE || !range.intersectsNode(node)) continue;
    const base = Number(piece.dataset.start);
    if (start < 0) start = base + (range.startContainer === node ? range.startOffset : 0);
    end = base + (range.endContainer === node ? range.endOffset : (node.textContent ?? "").length);
  }
  return start >= 0 && end > start ? { start, end } : null;
}
