import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { conflict } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";
import { loadOwnComment } from "./load-own-comment";
import { notifyMentioned } from "./notify-mentioned";
import { resolveMentions } from "./resolve-mentions";

export interface EditCommentOptions {
  user: CurrentUser;
  commentId: string;
  version: number;
  body: string;
}

/** Rewrites one's own comment (if unchanged since it was loaded); newly mentioned people hear. */
export async function editComment({ user, commentId, version, body }: EditCommentOptions) {
  return transaction(async (tx) => {
    const before = await loadOwnComment(tx, user, commentId);
    if (before.version !== version) {
      throw conflict("You changed this comment elsewhere since loading it; reload to see it.");
    }
    const after = await tx.comment.update({
      where: { id: commentId },
      data: { body, version: { increment: 1 }, updatedAt: new Date() },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "comment.edit",
      entityType: "claim",
      entityId: before.claimId,
      before: { commentId, body: before.body, version },
      after: { commentId, body, version: after.version },
    });
    const earlier = (await resolveMentions(before.body, tx)).map((p) => p.id);
    const mentioned = await notifyMentioned(tx, {
      user,
      claim: before.claim,
      comment: after,
      alreadyMentioned: earlier,
    });
    return { id: after.id, version: after.version, mentioned };
  });
}
