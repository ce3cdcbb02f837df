import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { moveClaim } from "../claims/move-claim";
import { loadReviewTarget } from "./load-review-target";

export interface RequestChangesOptions {
  user: CurrentUser;
  claimId: string;
  revision: number;
  comment: string;
}

/** Sends the claim back to its editor with the reviewer's comment. */
export async function requestChanges({ user, claimId, revision, comment }: RequestChangesOptions) {
  return transaction(async (tx) =>
    moveClaim(tx, {
      user,
      claimId,
      move: "requestChanges",
      audit: { revision, comment },
      guard: async () => {
        const verdict = await loadReviewTarget(tx, claimId, revision);
        await tx.review.create({
          data: {
            verdictId: verdict.id,
            revision,
            reviewerId: user.id,
            decision: "REQUEST_CHANGES",
            comment,
          },
        });
      },
    }),
  );
}
