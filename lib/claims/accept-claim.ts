import "server-only";
import { transaction } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { moveClaim } from "./move-claim";

export interface AcceptClaimOptions {
  user: CurrentUser;
  claimId: string;
}

/** Triage: an import candidate becomes a queued claim. */
export async function acceptClaim({ user, claimId }: AcceptClaimOptions) {
  return transaction((tx) => moveClaim(tx, { user, claimId, move: "accept" }));
}
