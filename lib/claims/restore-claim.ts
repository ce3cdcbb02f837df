import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { moveClaim } from "./move-claim";

export interface RestoreClaimOptions {
  user: CurrentUser;
  claimId: string;
}

/** Brings a dismissed claim back to the queue; the dismissal stays in the history. */
export async function restoreClaim({ user, claimId }: RestoreClaimOptions) {
  return transaction((tx) =>
    moveClaim(tx, {
      user,
      claimId,
      move: "restore",
      data: { dismissReason: null, dismissNote: null },
    }),
  );
}
