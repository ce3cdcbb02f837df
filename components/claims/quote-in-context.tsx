// Enough before the quote to see who is speaking, without pushing the quote out of view.
const BEFORE = 350;
const AFTER = 600;

interface Props {
  text: string;
  start: number;
  end: number;
  /** The article's language (a Russian article is marked up as Russian). */
  lang: string;
}

/**
 * The quote inside the article text around it, highlighted; offsets out of range show the text
 * plain. Each piece says where it starts in the article (data-start), so text can be clipped here.
 */
export function QuoteInContext({ text, start, end, lang }: Props) {
  const valid = start >= 0 && end > start && end <= text.length;
  if (!valid)
    return (
      <div className="article-context" lang={lang}>
        <span data-start={0}>{text.slice(0, BEFORE + AFTER)}</span>
      </div>
    );
  let from = Math.max(0, start - BEFORE);
  const space = from > 0 ? text.indexOf(" ", from) : -1;
  if (space !== -1 && space < start) from = space + 1; // start on a whole word
  const to = Math.min(text.length, end + AFTER);
  return (
    <div className="article-context" data-testid="quote-context" lang={lang}>
      {from > 0 && "… "}
      <span data-start={from}>{text.slice(from, start)}</span>
      <mark data-testid="quote-highlight" data-start={start}>
        {text.slice(start, end)}
      </mark>
      <span data-start={end}>{text.slice(end, to)}</span>
      {to < text.length && " …"}
    </div>
  );
}
