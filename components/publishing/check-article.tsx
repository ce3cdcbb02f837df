// A published fact-check as readers see it. Rendered once per revision when it goes live
// (lib/publishing/page-render) and stored; every instance serves those bytes.
import type { PublishedCheck } from "@/lib/publishing/get-published-check";
import { QuoteBlock, QuoteInline } from "./quote-block";
import { mediumText } from "@/lib/claims/claim-appearance";
import { languageNameOf } from "@/lib/import/language-name";
import { JsonLd } from "./json-ld";
import { RatingBadge } from "./rating-badge";
import { SourcesList } from "./sources-list";
import { DateText } from "./dates";
import { SafeMarkdown } from "../verdicts/safe-markdown";

export function CheckArticle({ check }: { check: PublishedCheck }) {
  const updated = check.corrections.length > 0;
  return (
    <article className="check">
      <JsonLd data={check.claimReview} />
      <header>
        <p className="kicker">Fact-check · {check.speaker.name}</p>
        <h1>{check.canonicalText}</h1>
        <section className="verdict-box" aria-labelledby="verdict-heading">
          <h2 id="verdict-heading" className="sr-only">
            Verdict
          </h2>
          <RatingBadge rating={check.rating} />
          <p data-testid="conclusion">{check.conclusion}</p>
        </section>
      </header>

      <section aria-labelledby="claim-heading">
        <h2 id="claim-heading">What was said</h2>
        <QuoteBlock
          quote={check.quote}
          outlet={check.appearance.outlet}
          cite={check.appearance.url}
          lang={check.appearance.language}
        />
        <dl className="facts">
          <dt>Who</dt>
          <dd>
            {check.speaker.name}
            {check.speaker.title ? `, ${check.speaker.title}` : ""}
          </dd>
          <dt>Where</dt>
          <dd>
            {check.appearance.url ? (
              <a href={check.appearance.url} rel="nofollow noopener noreferrer">
                {check.appearance.outlet}
              </a>
            ) : (
              check.appearance.outlet
            )}
            {check.appearance.title ? ` — ${check.appearance.title}` : ""}
            {check.medium ? ` (${mediumText(check)})` : ""}
          </dd>
          {check.appearance.language !== "en" && (
            <>
              <dt>Language</dt>
              <dd data-testid="check-language">{languageNameOf(check.appearance.language)}</dd>
            </>
          )}
          <dt>When</dt>
          <dd>
            {check.appearance.publishedAt ? (
              <DateText value={check.appearance.publishedAt} />
            ) : (
              (check.publishedText ?? "Date unknown")
            )}
          </dd>
          <dt>Published</dt>
          <dd>
            <DateText value={check.firstPublishedAt} />
          </dd>
          {updated && (
            <>
              <dt>Updated</dt>
              <dd>
                <DateText value={check.updatedAt} />
              </dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="analysis-heading">
        <h2 id="analysis-heading">Our analysis</h2>
        <SafeMarkdown className="analysis" demoteHeadings>
          {check.analysis}
        </SafeMarkdown>
      </section>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <SourcesList sources={check.sources} />
      </section>

      {check.repeats.length > 0 && (
        <section aria-labelledby="repeats-heading">
          <h2 id="repeats-heading">Also said in</h2>
          <ul>
            {check.repeats.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a published snapshot; the list never reorders
              <li key={i}>
                {r.url ? (
                  <a href={r.url} rel="nofollow noopener noreferrer">
                    {r.outlet}
                  </a>
                ) : (
                  r.outlet
                )}
                {r.publishedAt ? (
                  <>
                    , <DateText value={r.publishedAt} />
                  </>
                ) : r.publishedText ? (
                  `, ${r.publishedText}`
                ) : (
                  ""
                )}
                : <QuoteInline quote={r.quote} outlet={r.outlet} lang={r.language} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {updated && (
        <section className="corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections</h2>
          <ul>
            {check.corrections.map((c) => (
              <li key={c.id} data-testid="correction">
                Corrected on <DateText value={c.date} />: {c.note}
                {c.previousRevision ? (
                  <>
                    {" "}
                    (
                    <a href={`/checks/${check.slug}/revisions/${c.previousRevision}`}>
                      see the earlier version
                    </a>
                    )
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="muted">
        <a href="/methodology">How we rate claims and correct mistakes</a> · Checked by{" "}
        {check.organizationName}
      </p>
    </article>
  );
}
