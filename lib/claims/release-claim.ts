import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { ActionError } from "../auth/errors";
import { mayRelease } from "./claim-capabilities";
import { moveClaim } from "./move-claim";

export interface ReleaseClaimOptions {
  user: CurrentUser;
  claimId: string;
}

/** Puts a claim in research back in the queue (unassigns it). Only its editor or an assigner may. */
export async function releaseClaim({ user, claimId }: ReleaseClaimOptions) {
  return transaction((tx) =>
    moveClaim(tx, {
      user,
      claimId,
      move: "release",
      data: { assigneeId: null, assignedAt: null },
      guard: (claim) => {
        if (!mayRelease(user, claim)) {
          throw new ActionError(
            "FORBIDDEN",
            "This claim is assigned to someone else; ask them or a reviewer to release it.",
          );
        }
      },
    }),
  );
}
