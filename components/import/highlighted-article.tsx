interface Span {
  id: string;
  startOffset: number;
  endOffset: number;
  status: string;
  score: number;
}

/** The article text with each detected claim marked by its offsets (overlaps keep the first). */
export function HighlightedArticle({ text, spans }: { text: string; spans: Span[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.startOffset - b.startOffset)) {
    if (s.startOffset < at || s.endOffset > text.length || s.endOffset <= s.startOffset) continue;
    parts.push(text.slice(at, s.startOffset));
    parts.push(
      <mark key={s.id} id={`span-${s.id}`} data-claim-id={s.id} className={`span-${s.status.toLowerCase()}`} title={`score ${s.score.toFixed(2)}`}>
        {text.slice(s.startOffset, s.endOffset)}
      </mark>,
    );
    at = s.endOffset;
  }
  parts.push(text.slice(at));
  return <div className="article-text" data-testid="article-text">{parts}</div>;
}
