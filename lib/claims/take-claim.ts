import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { moveClaim } from "./move-claim";

export interface TakeClaimOptions {
  user: CurrentUser;
  claimId: string;
  version?: number;
}

/** The editor takes one queued claim for research. */
export async function takeClaim({ user, claimId, version }: TakeClaimOptions) {
  return transaction((tx) =>
    moveClaim(tx, {
      user,
      claimId,
      move: "take",
      expectedVersion: version,
      data: { assigneeId: user.id, assignedAt: new Date() },
    }),
  );
}
