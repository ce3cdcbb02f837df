import type { Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { notFound } from "../auth/errors";
import { claimScope } from "./claim-scope";

/**
 * The claim as this user may see it, inside a transaction; a miss (or hidden claim) is "not
 * found". The row is locked until the transaction ends, so two editors changing the same claim
 * (or creating its first verdict draft) take turns and the second sees the first's change.
 */
export async function loadClaimForUpdate(tx: Tx, user: CurrentUser, claimId: string) {
  await tx.$queryRaw`select 1 from claims where id = ${claimId}::uuid for update`;
  const claim = await tx.claim.findFirst({ where: { id: claimId, ...claimScope(user) } });
  if (!claim) throw notFound("Claim");
  return claim;
}
