import { formatDate } from "@/lib/dates/format-date";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { ArticleClipper } from "@/components/claims/article-clipper";
import { ArticleSpeakerTools } from "@/components/import/article-speaker";
import { HighlightedArticle } from "@/components/import/highlighted-article";
import { TriageBoard } from "@/components/import/triage-board";
import "@/components/import/import.css";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getImportTriage, TRIAGE_FILTERS, type TriageFilter } from "@/lib/import/get-import-triage";
import { listArticleSentences } from "@/lib/import/list-article-sentences";
import { listSpeakers } from "@/lib/import/list-speakers";
import { languageLabel } from "@/lib/import/language-name";

export const metadata = { title: "Triage import" };

const LABELS: Record<TriageFilter, string> = {
  candidates: "To triage",
  accepted: "Accepted",
  dismissed: "Dismissed",
  all: "All",
};

interface Props {
  params: Promise<{ articleId: string }>;
  searchParams: Promise<{ show?: string }>;
}

export default async function TriagePage({ params, searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (!can(user.role, "claim:triage")) notFound();
  const { articleId } = await params;
  const show = z
    .enum(TRIAGE_FILTERS)
    .catch("candidates")
    .parse((await searchParams).show);
  const triage = z.uuid().safeParse(articleId).success
    ? await getImportTriage(articleId, show)
    : null;
  if (!triage) notFound();
  const { article, claims, counts, spans } = triage;
  const canImport = can(user.role, "article:import");
  const speakers = canImport
    ? (await listSpeakers()).filter((s) => s.id !== article.speakerId)
    : [];
  return (
    <>
      <p className="small">
        <Link href="/import">← Import</Link>
      </p>
      <h1>{article.title}</h1>
      <p className="muted">
        {article.outlet}
        {article.publishedAt
          ? ` · ${formatDate(article.publishedAt)}`
          : article.publishedText
            ? ` · ${article.publishedText}`
            : ""}
        {article.speaker && (
          <>
            {" "}
            · <span data-testid="import-speaker">{article.speaker.name}</span>
          </>
        )}{" "}
        · <span data-testid="article-language">{languageLabel(article.language)}</span>
        {article.url && (
          <>
            {" "}
            ·{" "}
            <a href={article.url} rel="noopener noreferrer">
              source
            </a>
          </>
        )}
      </p>
      <nav className="status-counts" aria-label="Filter candidates">
        {TRIAGE_FILTERS.map((f) => (
          <Link
            key={f}
            href={`/import/${article.id}?show=${f}`}
            aria-current={f === show ? "page" : undefined}
          >
            {LABELS[f]} ({counts[f]})
          </Link>
        ))}
      </nav>
      {canImport && (
        <details className="panel">
          <summary>Wrong speaker? Correct it, or re-run detection</summary>
          <ArticleSpeakerTools
            articleId={article.id}
            speakerId={article.speakerId}
            speakers={speakers}
          />
        </details>
      )}
      <div className="workspace">
        <TriageBoard key={show} articleId={article.id} claims={claims} />
        <section aria-label="Article" className="panel">
          <h2>Article</h2>
          <ArticleClipper
            articleId={article.id}
            sentences={listArticleSentences(article.text, article.claims)}
          >
            <HighlightedArticle text={article.text} spans={spans} lang={article.language} />
          </ArticleClipper>
        </section>
      </div>
    </>
  );
}
