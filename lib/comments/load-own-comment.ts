import "server-only";
import type { Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { notFound } from "../auth/errors";
import { claimScope } from "../claims/claim-scope";

/** The user's own comment on a claim they may see, locked; anyone else's is "not found". */
export async function loadOwnComment(tx: Tx, user: CurrentUser, commentId: string) {
  await tx.$queryRaw`select 1 from comments where id = ${commentId}::uuid for update`;
  const comment = await tx.comment.findFirst({
    where: { id: commentId, authorId: user.id, claim: claimScope(user) },
    include: { claim: { select: { id: true, canonicalText: true, status: true } } },
  });
  if (!comment) throw notFound("Comment");
  return comment;
}
