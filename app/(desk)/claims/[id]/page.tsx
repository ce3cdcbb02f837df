import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleClipper } from "@/components/claims/article-clipper";
import { CanonicalTextForm } from "@/components/claims/canonical-text-form";
import { ClaimHistory } from "@/components/claims/claim-history";
import { ClaimMoveButtons } from "@/components/claims/claim-move-buttons";
import { QuoteInContext } from "@/components/claims/quote-in-context";
import { formatDate } from "@/components/queue/format-age";
import { SourceList } from "@/components/sources/source-list";
import { ReviewForm } from "@/components/verdicts/review-form";
import { SafeMarkdown } from "@/components/verdicts/safe-markdown";
import { VerdictForm } from "@/components/verdicts/verdict-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { DISMISS_REASON_LABELS } from "@/lib/claims/claim.schema";
import { claimCapabilities } from "@/lib/claims/claim-capabilities";
import { getClaimWorkspace } from "@/lib/claims/get-claim-workspace";
import { listAssignees } from "@/lib/claims/list-assignees";
import { listClaimHistory } from "@/lib/claims/list-claim-history";
import { listRatings } from "@/lib/ratings/list-ratings";
import { getSettings } from "@/lib/settings/get-settings";
import { getMove, statusLabel } from "@/lib/workflow/claim-workflow";
import { quoted } from "@/components/quoted";
import { formatDateTime } from "@/lib/dates/format-date";
import { suggestedShortText } from "@/lib/publishing/claim-reviewed-text";
import { mediumText } from "@/lib/claims/claim-appearance";
import { CommentThread } from "@/components/comments/comment-thread";
import { listComments } from "@/lib/comments/list-comments";
import { permits } from "@/lib/auth/authorized";
import { languageLabel } from "@/lib/import/language-name";
import { UnlinkRepeatButton } from "@/components/claims/unlink-repeat-button";

export const metadata = { title: "Claim" };

// How the importer tied the sentence to the speaker (lib/import/detect/speech-attribution.ts).
const ATTRIBUTION_LABELS: Record<string, string> = {
  "direct-quote": "direct quote",
  reported: "reported speech",
  "reported-continuation": "reported speech (continued)",
  "qa-answer": "answer to a question",
  editor: "added by an editor",
};

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  // A malformed or guessed id, or a claim this role may not see: the same "not found".
  if (!user || !can(user.role, "desk:read") || !z.uuid().safeParse(id).success) notFound();
  const workspace = await getClaimWorkspace({ user, claimId: id });
  if (!workspace) notFound();
  const { claim, appearance, alsoSaidIn, changesRequested } = workspace;
  const capabilities = claimCapabilities(user, claim, workspace.verdictWriterIds);
  const canEditText = capabilities.editText;
  const canEditVerdict = capabilities.editVerdict;
  const [history, ratings, assignees, settings, thread] = await Promise.all([
    listClaimHistory({ user, claimId: id }),
    canEditVerdict ? listRatings({ activeOnly: true }) : Promise.resolve([]),
    capabilities.assign ? listAssignees() : Promise.resolve(null),
    getSettings(),
    listComments({ user, claimId: id }),
  ]);
  const moves = capabilities.moves.map((name) => ({ name, label: getMove(name).label }));
  const verdict = claim.verdict;
  const article = claim.article;
  const appearanceDate =
    formatDate(appearance.publishedAt) || appearance.publishedText || "date unknown";

  return (
    <>
      <p className="muted small">
        <Link href="/queue">← Queue</Link>
      </p>
      <div className="page-head">
        <h1 data-testid="claim-title">{claim.canonicalText}</h1>
        <span className="badge" data-testid="claim-status">
          {workspace.stateLabel}
        </span>
      </div>
      {changesRequested && (
        <section
          className="notice attention"
          aria-labelledby="changes-h"
          data-testid="changes-requested"
        >
          <h2 id="changes-h">Changes requested</h2>
          <p>
            <strong>{changesRequested.reviewer.name}</strong> asked for changes to revision{" "}
            {changesRequested.revision} on {formatDateTime(changesRequested.createdAt)}:
          </p>
          <blockquote data-testid="changes-comment">{changesRequested.comment}</blockquote>
          <p className="muted small">Edit the verdict or its sources, then submit it again.</p>
        </section>
      )}
      <p className="muted">
        {claim.assignee ? (
          <>
            Assigned to <strong data-testid="claim-assignee">{claim.assignee.name}</strong>
          </>
        ) : (
          "Unassigned"
        )}{" "}
        · kind {claim.kind.toLowerCase()} · score {claim.score.toFixed(2)}
        {claim.attribution && <> · {ATTRIBUTION_LABELS[claim.attribution] ?? claim.attribution}</>}
        {claim.status === "DISMISSED" && claim.dismissReason && (
          <>
            {" "}
            · dismissed: {DISMISS_REASON_LABELS[claim.dismissReason]}
            {claim.dismissNote && ` — ${claim.dismissNote}`}
          </>
        )}
      </p>
      {claim.reasons.length > 0 && (
        <p className="small" data-testid="claim-reasons">
          <span className="muted">Check-worthiness: </span>
          {claim.reasons.join(" · ")}
        </p>
      )}
      <ClaimMoveButtons
        claimId={claim.id}
        version={claim.version}
        moves={moves}
        assignees={assignees}
        assigneeId={claim.assigneeId}
      />
      {/* Publishing has its own screen (ClaimReview short text, corrections, withdrawal). */}
      {moves.some((m) => m.name === "publish" || m.name === "unpublish") && (
        <p>
          <Link className="button" href={`/publish/${claim.id}`}>
            {claim.status === "PUBLISHED" ? "Correct or withdraw the published check" : "Publish…"}
          </Link>
        </p>
      )}

      <div className="workspace">
        <div>
          <section className="panel" aria-labelledby="quote-h">
            <h2 id="quote-h">Quote in context</h2>
            <p className="small" data-testid="claim-appearance">
              <strong>{claim.speaker.name}</strong>
              {claim.speaker.title && `, ${claim.speaker.title}`} {appearance.medium ? "on" : "in"}{" "}
              {appearance.url && /^https?:\/\//i.test(appearance.url) ? (
                <a href={appearance.url} rel="noopener noreferrer" target="_blank">
                  {appearance.outlet}
                  {appearance.title && `: ${appearance.title}`}
                </a>
              ) : (
                <>
                  {appearance.outlet}
                  {appearance.title && `: ${appearance.title}`}
                </>
              )}
              {appearance.medium && ` (${mediumText(appearance)})`}
              {" · "}
              {appearanceDate}
              {" · "}
              <span data-testid="claim-language">{languageLabel(appearance.language)}</span>
            </p>
            {claim.context && (
              <p className="muted small" data-testid="claim-question">
                {claim.attribution === "qa-answer" ? (
                  <>Question: {quoted(claim.context)}</>
                ) : (
                  claim.context
                )}
              </p>
            )}
            {article &&
            claim.articleId &&
            claim.startOffset !== null &&
            claim.endOffset !== null ? (
              capabilities.clip ? (
                // Another claim in the same passage: select it and add it.
                <ArticleClipper articleId={claim.articleId}>
                  <QuoteInContext
                    text={article.text}
                    start={claim.startOffset}
                    end={claim.endOffset}
                    lang={appearance.language}
                  />
                </ArticleClipper>
              ) : (
                <QuoteInContext
                  text={article.text}
                  start={claim.startOffset}
                  end={claim.endOffset}
                  lang={appearance.language}
                />
              )
            ) : (
              <div
                className="article-context"
                data-testid="quote-context"
                lang={appearance.language}
              >
                <mark data-testid="quote-highlight">{claim.quote}</mark>
              </div>
            )}
          </section>

          <section className="panel" aria-labelledby="text-h">
            <h2 id="text-h">Claim text</h2>
            {canEditText ? (
              <CanonicalTextForm
                claimId={claim.id}
                version={claim.version}
                canonicalText={claim.canonicalText}
                shortText={claim.shortText ?? ""}
                shortTextSuggestion={suggestedShortText(null, claim.canonicalText)}
              />
            ) : (
              <>
                <p>{claim.canonicalText}</p>
                <p className="muted small" data-testid="short-text">
                  Short claim for search engines:{" "}
                  {claim.shortText ?? "not written yet (it is set when publishing)"}
                </p>
              </>
            )}
          </section>

          <section className="panel" aria-labelledby="verdict-h">
            <h2 id="verdict-h">
              Verdict{verdict && verdict.revision > 0 && ` (revision ${verdict.revision})`}
            </h2>
            {canEditVerdict ? (
              <VerdictForm
                claimId={claim.id}
                verdictVersion={verdict?.version ?? null}
                values={{
                  ratingId: verdict?.ratingId ?? "",
                  conclusion: verdict?.conclusion ?? "",
                  analysis: verdict?.analysis ?? "",
                }}
                ratings={ratings.map((r) => ({
                  id: r.id,
                  label: r.label,
                  description: r.description,
                }))}
                canSubmit={capabilities.submitVerdict}
                requirement={`Needs ${settings.minSources} sources, ${settings.minPrimarySources} primary.`}
              />
            ) : verdict ? (
              <div data-testid="verdict">
                <p>
                  <strong>{verdict.rating?.label ?? "Not rated"}</strong> — {verdict.conclusion}
                </p>
                <SafeMarkdown>{verdict.analysis}</SafeMarkdown>
                <p className="muted small">Written by {verdict.author.name}</p>
              </div>
            ) : (
              <p className="muted">No verdict yet.</p>
            )}
            {canEditVerdict && verdict?.analysis && (
              <details>
                <summary>Preview of the saved analysis</summary>
                <SafeMarkdown>{verdict.analysis}</SafeMarkdown>
              </details>
            )}
          </section>

          {verdict && capabilities.moves.includes("approve") && (
            <section className="panel" aria-labelledby="review-h">
              <h2 id="review-h">Review</h2>
              <ReviewForm claimId={claim.id} revision={verdict.revision} />
            </section>
          )}
          {verdict && verdict.reviews.length > 0 && (
            <section className="panel" aria-labelledby="reviews-h">
              <h2 id="reviews-h">Reviews</h2>
              <ul data-testid="reviews">
                {verdict.reviews.map((r) => (
                  <li key={r.id}>
                    <strong>{r.reviewer.name}</strong>{" "}
                    {r.decision === "APPROVE" ? "approved" : "requested changes on"} revision{" "}
                    {r.revision}
                    {r.comment && <>: {r.comment}</>}
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section className="panel" aria-labelledby="comments-h">
            <h2 id="comments-h">Comments</h2>
            <CommentThread
              claimId={claim.id}
              comments={thread.comments}
              mentions={thread.mentions}
              canComment={permits(user, "comment:write")}
            />
          </section>
        </div>

        <div>
          <section className="panel" aria-labelledby="sources-h">
            <h2 id="sources-h">Sources</h2>
            <SourceList
              claimId={claim.id}
              editable={capabilities.editSources}
              sources={claim.sources.map((s) => ({
                id: s.id,
                version: s.version,
                url: s.url,
                title: s.title,
                publisher: s.publisher,
                publishedAt: formatDate(s.publishedAt),
                accessedAt: formatDate(s.accessedAt),
                excerpt: s.excerpt,
                isPrimary: s.isPrimary,
                notes: s.notes,
              }))}
            />
          </section>

          <section className="panel" aria-labelledby="also-h">
            <h2 id="also-h">Also said in</h2>
            {alsoSaidIn.length === 0 ? (
              <p className="muted">No repeats found.</p>
            ) : (
              <ul>
                {alsoSaidIn.map((c) => (
                  <li key={c.id}>
                    <Link href={`/claims/${c.id}`}>{quoted(c.quote)}</Link>{" "}
                    <span className="muted small">
                      {c.appearance.outlet}, {formatDate(c.appearance.publishedAt)} ·{" "}
                      {statusLabel(c.status)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {claim.repeatOfId && permits(user, "claim:edit") && (
              <UnlinkRepeatButton claimId={claim.id} version={claim.version} />
            )}
          </section>

          <section className="panel" aria-labelledby="history-h">
            <h2 id="history-h">History</h2>
            <ClaimHistory entries={history ?? []} />
          </section>
        </div>
      </div>
    </>
  );
}
