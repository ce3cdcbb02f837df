import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { JsonLd } from "@/components/publishing/json-ld";
import { RatingBadge } from "@/components/publishing/rating-badge";
import { SourcesList } from "@/components/publishing/sources-list";
import { SafeMarkdown } from "@/components/verdicts/safe-markdown";
import { DateText } from "@/components/publishing/dates";
import { getPublishedCheck } from "@/lib/publishing/get-published-check";
import "@/components/publishing/publishing.css";
import { QuoteBlock, QuoteInline } from "@/components/publishing/quote-block";
import { mediumText } from "@/lib/claims/claim-appearance";

// Rendered on first request, then served from the cache until a publish, correction or
// withdrawal revalidates it: readers never cause a database query.
export const dynamicParams = true;
export const revalidate = false;
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

const loadCheck = cache(getPublishedCheck);

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await loadCheck((await params).slug);
  if (result?.state !== "live") return { title: "Fact-check not found", robots: { index: false } };
  const { check } = result;
  const title = `${check.rating?.label ?? "Fact-check"}: ${check.canonicalText}`;
  const description = check.conclusion;
  return {
    title,
    description,
    alternates: { canonical: check.pageUrl },
    openGraph: {
      type: "article",
      url: check.pageUrl,
      title,
      description,
      siteName: check.organizationName,
      publishedTime: new Date(check.firstPublishedAt).toISOString(),
      modifiedTime: new Date(check.updatedAt).toISOString(),
    },
    twitter: { card: "summary", title, description },
  };
}

export default async function CheckPage({ params }: Props) {
  const { slug } = await params;
  const result = await loadCheck(slug);
  if (!result) notFound();
  if (result.state === "gone") {
    // Normally proxy.ts answers 410 first; this covers the seconds before it learns.
    return (
      <article className="check">
        <h1>This fact-check was withdrawn</h1>
        <p>{result.reason}</p>
      </article>
    );
  }
  const { check } = result;
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
                : <QuoteInline quote={r.quote} outlet={r.outlet} />
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
                    <Link href={`/checks/${check.slug}/revisions/${c.previousRevision}`}>
                      see the earlier version
                    </Link>
                    )
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="muted">
        <Link href="/methodology">How we rate claims and correct mistakes</Link> · Checked by{" "}
        {check.organizationName}
      </p>
    </article>
  );
}
