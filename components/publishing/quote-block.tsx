import type { QuotePresentation } from "@/lib/claims/quote-type";

/**
 * The speaker's words as a quotation, or reported speech labelled as such (never in marks).
 * `lang` is the language they were said in, so readers' browsers and screen readers read a
 * Russian quote as Russian on an English page.
 */
export function QuoteBlock({
  quote,
  outlet,
  cite,
  lang,
}: {
  quote: QuotePresentation;
  outlet: string;
  cite?: string | null;
  lang: string;
}) {
  if (quote.quotation) {
    return (
      <blockquote cite={cite ?? undefined} data-quote-type={quote.quoteType} lang={lang}>
        <p>“{quote.text}”</p>
      </blockquote>
    );
  }
  return (
    <p className="reported" data-quote-type={quote.quoteType}>
      <span className="reported-by">Reported by {outlet || "the source"}:</span>{" "}
      <span lang={lang}>{quote.text}</span>
    </p>
  );
}

/** One line for lists: “words” or "reported by <outlet>: …". */
export function QuoteInline({
  quote,
  outlet,
  lang,
}: {
  quote: QuotePresentation;
  outlet: string;
  lang: string;
}) {
  return quote.quotation ? (
    <span data-quote-type={quote.quoteType} lang={lang}>
      “{quote.text}”
    </span>
  ) : (
    <span data-quote-type={quote.quoteType}>
      reported by {outlet || "the source"}: <span lang={lang}>{quote.text}</span>
    </span>
  );
}
