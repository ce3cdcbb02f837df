import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { claimScope } from "./claim-scope";

/**
 * Every audit row about a claim, its verdict and its sources (removed ones included), oldest
 * first, starting with the import of the article it was found in (if it has one).
 */
export async function listClaimHistory({ user, claimId }: { user: CurrentUser; claimId: string }) {
  const claim = await prisma.claim.findFirst({
    where: { id: claimId, ...claimScope(user) },
    select: { id: true, articleId: true, verdict: { select: { id: true } } },
  });
  if (!claim) return null;
  const rows = await prisma.auditLog.findMany({
    where: {
      OR: [
        ...(claim.articleId
          ? [{ entityType: "article", entityId: claim.articleId, action: "article.import" }]
          : []),
        { entityType: "claim", entityId: claim.id },
        ...(claim.verdict ? [{ entityType: "verdict", entityId: claim.verdict.id }] : []),
        { entityType: "source", after: { path: ["claimId"], equals: claim.id } },
        { entityType: "source", before: { path: ["claimId"], equals: claim.id } },
      ],
    },
    include: { actor: { select: { name: true } } },
    orderBy: { id: "asc" },
    take: 1000,
  });
  return rows.map((r) => ({
    id: r.id.toString(),
    action: r.action,
    entityType: r.entityType,
    actorName: r.actor?.name ?? "System",
    createdAt: r.createdAt,
    before: r.before as Record<string, unknown> | null,
    after: r.after as Record<string, unknown> | null,
  }));
}

export type ClaimHistoryEntry = NonNullable<Awaited<ReturnType<typeof listClaimHistory>>>[number];
