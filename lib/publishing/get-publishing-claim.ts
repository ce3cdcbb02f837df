// One claim as the publish / correct / withdraw forms need it.
import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { claimScope } from "../claims/claim-scope";
import { suggestedShortText } from "./claim-reviewed-text";

export async function getPublishingClaim(user: CurrentUser, claimId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(claimId)) return null;
  const claim = await prisma.claim.findFirst({
    where: { id: claimId, ...claimScope(user) },
    include: {
      speaker: { select: { name: true } },
      verdict: { include: { rating: true } },
      publication: { include: { corrections: { orderBy: { createdAt: "asc" } } } },
    },
  });
  if (!claim) return null;
  const ratings = await prisma.rating.findMany({
    where: { active: true },
    orderBy: { position: "asc" },
  });
  return {
    claim,
    ratings,
    /** The workspace's short text carried over, or a suggestion to check. */
    shortText: suggestedShortText(claim.shortText, claim.canonicalText),
  };
}
