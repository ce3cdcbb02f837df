import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { notFound } from "../auth/errors";
import { writeAudit } from "../audit/write-audit";
import { claimScope } from "../claims/claim-scope";
import { notifyMentioned } from "./notify-mentioned";

export interface CreateCommentOptions {
  user: CurrentUser;
  claimId: string;
  body: string;
}

/** Comments on a claim the user may see; the people it mentions are notified with it. */
export async function createComment({ user, claimId, body }: CreateCommentOptions) {
  return transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: claimId, ...claimScope(user) },
      select: { id: true, canonicalText: true, status: true },
    });
    if (!claim) throw notFound("Claim");
    const comment = await tx.comment.create({ data: { claimId, authorId: user.id, body } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "comment.create",
      entityType: "claim",
      entityId: claimId,
      after: { commentId: comment.id, body },
    });
    const mentioned = await notifyMentioned(tx, { user, claim, comment, alreadyMentioned: [] });
    return { id: comment.id, version: comment.version, mentioned };
  });
}
