import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { claimScope } from "./claim-scope";
import { changesRequested, claimStateLabel } from "../verdicts/review-state";
import { verdictWriters } from "../verdicts/verdict-access";
import { appearanceSelect, articleForReading, claimAppearance } from "./claim-appearance";

/** Everything the claim workspace shows, or null when the user may not see the claim. */
export async function getClaimWorkspace({ user, claimId }: { user: CurrentUser; claimId: string }) {
  const claim = await prisma.claim.findFirst({
    where: { id: claimId, ...claimScope(user) },
    include: {
      article: { select: articleForReading },
      speaker: true,
      assignee: { select: { id: true, name: true } },
      sources: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      verdict: {
        include: {
          rating: true,
          author: { select: { id: true, name: true } },
          reviews: {
            orderBy: { createdAt: "desc" },
            include: { reviewer: { select: { name: true } } },
          },
        },
      },
      publication: { select: { slug: true, status: true } },
    },
  });
  if (!claim) return null;
  const rootId = claim.repeatOfId ?? claim.id;
  const alsoSaidIn = await prisma.claim.findMany({
    where: {
      ...claimScope(user),
      id: { not: claim.id },
      OR: [{ id: rootId }, { repeatOfId: rootId }],
    },
    select: { id: true, status: true, ...appearanceSelect },
    orderBy: { createdAt: "asc" },
    take: 50,
  });
  // Four eyes (claimCapabilities): whoever wrote the verdict is not offered its review.
  const verdictWriterIds = claim.verdict
    ? await verdictWriters(prisma, claim.verdict.id)
    : new Set<string>();
  const review = {
    status: claim.status,
    verdictRevision: claim.verdict?.revision ?? null,
    latestReview: claim.verdict?.reviews[0] ?? null,
  };
  return {
    claim,
    verdictWriterIds,
    /** "Changes requested" or the status label, as the queue shows it. */
    stateLabel: claimStateLabel(review),
    /** The reviewer's request while the editor has not submitted again (the top of the page). */
    changesRequested: changesRequested(review),
    appearance: claimAppearance(claim),
    alsoSaidIn: alsoSaidIn.map((c) => ({
      id: c.id,
      quote: c.quote,
      status: c.status,
      appearance: claimAppearance(c),
    })),
  };
}

export type ClaimWorkspace = NonNullable<Awaited<ReturnType<typeof getClaimWorkspace>>>;
