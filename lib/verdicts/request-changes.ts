import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { moveClaim } from "../claims/move-claim";
import { assertMayReviewVerdict } from "../claims/claim-capabilities";
import { loadReviewTarget } from "./load-review-target";
import { verdictWriters } from "./verdict-access";
import { notifyVerdictWriters } from "../notifications/notify-claim-people";

export interface RequestChangesOptions {
  user: CurrentUser;
  claimId: string;
  revision: number;
  comment: string;
}

/** Sends the claim back to its editor with the reviewer's comment (four eyes, like approving). */
export async function requestChanges({ user, claimId, revision, comment }: RequestChangesOptions) {
  return transaction(async (tx) => {
    const claim = await moveClaim(tx, {
      user,
      claimId,
      move: "requestChanges",
      audit: { revision, comment },
      guard: async () => {
        const verdict = await loadReviewTarget(tx, claimId, revision);
        assertMayReviewVerdict(user, await verdictWriters(tx, verdict.id), "requestChanges");
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
    });
    await notifyVerdictWriters(tx, { kind: "CHANGES_REQUESTED", user, claim, detail: comment });
    return claim;
  });
}
