import Link from "next/link";
import { notFound } from "next/navigation";
import { RatingBadge } from "@/components/publishing/rating-badge";
import { SourcesList } from "@/components/publishing/sources-list";
import { SafeMarkdown } from "@/components/verdicts/safe-markdown";
import { DateText } from "@/components/publishing/dates";
import { getPublishedRevision } from "@/lib/publishing/get-published-check";
import "@/components/publishing/publishing.css";

export const dynamicParams = true;
export const revalidate = false;
export async function generateStaticParams(): Promise<{ slug: string; n: string }[]> {
  return [];
}

type Props = { params: Promise<{ slug: string; n: string }> };

export async function generateMetadata({ params }: Props) {
  const { slug, n } = await params;
  return {
    title: `Revision ${n} of a fact-check`,
    robots: { index: false },
    alternates: { canonical: `/checks/${slug}` },
  };
}

export default async function RevisionPage({ params }: Props) {
  const { slug, n } = await params;
  const number = /^\d{1,6}$/.test(n) ? Number(n) : NaN;
  const revision = Number.isFinite(number) ? await getPublishedRevision(slug, number) : null;
  if (!revision) notFound();
  return (
    <article className="check">
      <p className="notice-box" role="note">
        {revision.isCurrent
          ? "This is the current version."
          : "This is an earlier version of this fact-check."}
        {revision.replacedAt && (
          <>
            {" "}
            It was corrected on <DateText value={revision.replacedAt} />: {revision.replacedNote}
          </>
        )}{" "}
        <Link href={`/checks/${revision.slug}`}>Read the current fact-check</Link>
      </p>
      <h1>{revision.canonicalText}</h1>
      <section className="verdict-box" aria-label="Verdict in this version">
        <RatingBadge rating={revision.rating} />
        <p>{revision.conclusion}</p>
      </section>
      <h2>Analysis</h2>
      <SafeMarkdown className="analysis" demoteHeadings>
        {revision.analysis}
      </SafeMarkdown>
      <h2>Sources</h2>
      <SourcesList sources={revision.sources} />
    </article>
  );
}
