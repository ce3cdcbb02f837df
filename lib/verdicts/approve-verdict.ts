import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { assertMayReviewVerdict } from "../claims/claim-capabilities";
import { moveClaim } from "../claims/move-claim";
import { loadReviewTarget } from "./load-review-target";
import { verdictWriters } from "./verdict-access";
import { notifyVerdictWriters } from "../notifications/notify-claim-people";

export interface ApproveVerdictOptions {
  user: CurrentUser;
  claimId: string;
  revision: number;
  comment: string;
}

/** Four eyes: nobody who wrote any part of the verdict may approve it. */
export async function approveVerdict({ user, claimId, revision, comment }: ApproveVerdictOptions) {
  return transaction(async (tx) => {
    const claim = await moveClaim(tx, {
      user,
      claimId,
      move: "approve",
      audit: { revision, comment },
      guard: async () => {
        const verdict = await loadReviewTarget(tx, claimId, revision);
        assertMayReviewVerdict(user, await verdictWriters(tx, verdict.id), "approve");
        await tx.review.create({
          data: {
            verdictId: verdict.id,
            revision,
            reviewerId: user.id,
            decision: "APPROVE",
            comment,
          },
        });
      },
    });
    await notifyVerdictWriters(tx, { kind: "VERDICT_APPROVED", user, claim, detail: comment });
    return claim;
  });
}
