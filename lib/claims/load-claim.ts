import type { Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { notFound } from "../auth/errors";
import { claimScope } from "./claim-scope";

/** The claim as this user may see it, inside a transaction; a miss (or hidden claim) is "not found". */
export async function loadClaimForUpdate(tx: Tx, user: CurrentUser, claimId: string) {
  const claim = await tx.claim.findFirst({ where: { id: claimId, ...claimScope(user) } });
  if (!claim) throw notFound("Claim");
  return claim;
}
