import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { claimScope } from "../claims/claim-scope";
import { resolveMentions } from "./resolve-mentions";

/** A claim's comments, oldest first, and the names of the people they mention (by handle). */
export async function listComments({ user, claimId }: { user: CurrentUser; claimId: string }) {
  const comments = await prisma.comment.findMany({
    where: { claimId, claim: claimScope(user) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { author: { select: { id: true, name: true } } },
  });
  const people = await resolveMentions(comments.map((c) => c.body).join("\n"));
  return {
    comments: comments.map((c) => ({ ...c, mine: c.authorId === user.id })),
    mentions: Object.fromEntries(people.map((p) => [p.handle, p.name])),
  };
}
