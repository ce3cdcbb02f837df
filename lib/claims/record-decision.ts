// Desk decisions as labelled examples for the ranker (claim_decisions): the claim as it was
// when the editor decided. Call it on the transaction that makes the decision.
import type { Tx } from "../db";
import type { Claim } from "../generated/prisma/client";
import type { DecisionAction } from "../generated/prisma/enums";

export interface DecisionEntry {
  userId: string;
  action: DecisionAction;
  /** The claim after the decision. */
  claim: Pick<
    Claim,
    | "id"
    | "articleId"
    | "speakerId"
    | "quote"
    | "startOffset"
    | "endOffset"
    | "context"
    | "score"
    | "dismissReason"
  >;
  canonicalBefore: string | null;
  canonicalAfter: string | null;
}

export async function recordDecision(
  tx: Tx,
  { userId, action, claim, canonicalBefore, canonicalAfter }: DecisionEntry,
): Promise<void> {
  await tx.claimDecision.create({
    data: {
      userId,
      action,
      claimId: claim.id,
      articleId: claim.articleId,
      speakerId: claim.speakerId,
      dismissReason: action === "dismiss" ? claim.dismissReason : null,
      quote: claim.quote,
      startOffset: claim.startOffset,
      endOffset: claim.endOffset,
      context: claim.context,
      canonicalBefore,
      canonicalAfter,
      score: claim.score,
    },
  });
}
