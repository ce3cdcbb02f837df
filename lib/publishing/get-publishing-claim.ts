// One claim as the publish / correct / withdraw forms need it.
import { prisma } from "../db";
import { shortenClaim, fittingClaimText } from "./claim-reviewed-text";

export async function getPublishingClaim(claimId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(claimId)) return null;
  const claim = await prisma.claim.findUnique({
    where: { id: claimId },
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
    needsShortText: !fittingClaimText(claim.shortText, claim.canonicalText),
    suggestedShortText: claim.shortText ?? shortenClaim(claim.canonicalText),
  };
}
