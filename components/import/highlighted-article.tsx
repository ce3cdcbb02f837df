interface Span {
  id: string;
  startOffset: number | null;
  endOffset: number | null;
  status: string;
  score: number;
}

/**
 * The article text with each claim marked by its offsets (overlaps keep the first). Every piece
 * of text says where it starts in the article (data-start), so a selection maps back to offsets.
 */
export function HighlightedArticle({
  text,
  spans,
  lang,
}: {
  text: string;
  spans: Span[];
  /** The article's language. */
  lang: string;
}) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  const marked = spans.flatMap((s) =>
    s.startOffset !== null && s.endOffset !== null
      ? [{ ...s, start: s.startOffset, end: s.endOffset }]
      : [],
  );
  for (const s of marked.sort((a, b) => a.start - b.start)) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue;
    if (s.start > at)
      parts.push(
        <span key={`t${at}`} data-start={at}>
          {text.slice(at, s.start)}
        </span>,
      );
    parts.push(
      <mark
        key={s.id}
        id={`span-${s.id}`}
        data-claim-id={s.id}
        data-start={s.start}
        className={`span-${s.status.toLowerCase()}`}
        title={`score ${s.score.toFixed(2)}`}
      >
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length)
    parts.push(
      <span key={`t${at}`} data-start={at}>
        {text.slice(at)}
      </span>,
    );
  return (
    <div className="article-text" data-testid="article-text" lang={lang}>
      {parts}
    </div>
  );
}
