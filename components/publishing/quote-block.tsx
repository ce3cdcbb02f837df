import type { QuotePresentation } from "@/lib/claims/quote-type";

/** The speaker's words as a quotation, or reported speech labelled as such (never in marks). */
export function QuoteBlock({
  quote,
  outlet,
  cite,
}: {
  quote: QuotePresentation;
  outlet: string;
  cite?: string | null;
}) {
  if (quote.quotation) {
    return (
      <blockquote cite={cite ?? undefined} data-quote-type={quote.quoteType}>
        <p>“{quote.text}”</p>
      </blockquote>
    );
  }
  return (
    <p className="reported" data-quote-type={quote.quoteType}>
      <span className="reported-by">Reported by {outlet || "the source"}:</span> {quote.text}
    </p>
  );
}

/** One line for lists: “words” or "reported by <outlet>: …". */
export function QuoteInline({ quote, outlet }: { quote: QuotePresentation; outlet: string }) {
  return quote.quotation ? (
    <span data-quote-type={quote.quoteType}>“{quote.text}”</span>
  ) : (
    <span data-quote-type={quote.quoteType}>
      reported by {outlet || "the source"}: {quote.text}
    </span>
  );
}
