import { SafeMarkdown } from "@/components/verdicts/safe-markdown";
import { formatDateTime } from "@/lib/dates/format-date";
import { CommentForm, OwnCommentControls } from "./comment-forms";

export interface ThreadComment {
  id: string;
  body: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  mine: boolean;
  author: { name: string };
}

/** A claim's comments (Markdown, mentions highlighted) and, for those who may, a new one. */
export function CommentThread({
  claimId,
  comments,
  mentions,
  canComment,
}: {
  claimId: string;
  comments: ThreadComment[];
  mentions: Record<string, string>;
  canComment: boolean;
}) {
  return (
    <>
      {comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ul className="comments" data-testid="comments">
          {comments.map((c) => (
            <li key={c.id} data-testid="comment">
              <p className="small">
                <strong>{c.author.name}</strong>{" "}
                <span className="muted">
                  {formatDateTime(c.createdAt)}
                  {c.version > 1 && ` · edited ${formatDateTime(c.updatedAt)}`}
                </span>
              </p>
              <SafeMarkdown mentions={mentions}>{c.body}</SafeMarkdown>
              {c.mine && canComment && (
                <OwnCommentControls commentId={c.id} version={c.version} body={c.body} />
              )}
            </li>
          ))}
        </ul>
      )}
      {canComment && <CommentForm claimId={claimId} />}
    </>
  );
}
