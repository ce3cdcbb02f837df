import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { writeAudit } from "../audit/write-audit";
import { loadOwnComment } from "./load-own-comment";

/** Deletes one's own comment; the audit row keeps what it said. */
export async function deleteComment({ user, commentId }: { user: CurrentUser; commentId: string }) {
  return transaction(async (tx) => {
    const comment = await loadOwnComment(tx, user, commentId);
    await tx.comment.delete({ where: { id: commentId } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "comment.delete",
      entityType: "claim",
      entityId: comment.claimId,
      before: { commentId, body: comment.body, version: comment.version },
    });
    return { id: commentId, claimId: comment.claimId };
  });
}
